package dev.statuspolicy.spring;

import dev.statuspolicy.AllowedOrigins;
import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.spring.StatusPolicyProperties.OriginsProperties;
import dev.statuspolicy.spring.StatusPolicyProperties.OutageProperties;
import dev.statuspolicy.spring.StatusPolicyProperties.QuotaProperties;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * Copies the {@code status-policy.*} properties onto a builder, one setter per property. The
 * builder checks each value, as it does for code; a refusal is turned into Boot's {@link
 * InvalidConfigurationPropertyValueException}, whose startup report names the property, its
 * value and the builder's reason.
 */
final class PolicyProperties {

  private static final String PREFIX = "status-policy.";

  /** The builder's defaults, for the parts of a quota the properties leave unset. */
  private static final PolicyConfig DEFAULTS = StatusPolicy.ofDefaults().config();

  private PolicyProperties() {}

  static void apply(StatusPolicyProperties properties, StatusPolicyBuilder builder) {
    String https = properties.getRequireHttps();
    if (https != null) {
      set("require-https", https, () -> builder.requireHttps(https));
    }
    if (properties.getDefaultErrorFormat() != null) {
      builder.defaultErrorFormat(properties.getDefaultErrorFormat());
    }
    Integer retired = properties.getRetiredVersionStatus();
    if (retired != null) {
      set("retired-version-status", retired, () -> builder.retiredVersionStatus(status(retired)));
    }
    QuotaProperties identified = properties.getIdentifiedQuota();
    if (identified.isSet()) {
      Quota quota = quota("identified-quota", identified, DEFAULTS.identifiedQuota());
      builder.identifiedQuota(quota);
    }
    QuotaProperties unidentified = properties.getUnidentifiedQuota();
    if (unidentified.isSet()) {
      Quota quota = quota("unidentified-quota", unidentified, DEFAULTS.unidentifiedQuota());
      builder.unidentifiedQuota(quota);
    }
    OutageProperties outage = properties.getQuotaOutage();
    if (outage.getMode() != null || outage.getRetryAfter() != null) {
      set("quota-outage.retry-after", outage.getRetryAfter(), () -> builder.quotaOutage(outage(outage)));
    }
    if (properties.getRateLimitHeadersOnSuccess() != null) {
      builder.rateLimitHeadersOnSuccess(properties.getRateLimitHeadersOnSuccess());
    }
    List<String> prohibited = properties.getProhibitedAgents();
    if (prohibited != null) {
      set("prohibited-agents", prohibited, () -> builder.prohibitedAgents(prohibited));
    }
    List<String> browsers = properties.getBrowserAgents();
    if (browsers != null) {
      set("browser-agents", browsers, () -> builder.browserAgents(browsers));
    }
    if (properties.getSiteIdentification() != null) {
      builder.siteIdentification(properties.getSiteIdentification());
    }
    String typeBase = properties.getProblemTypeBase();
    if (typeBase != null) {
      set("problem-type-base", typeBase, () -> builder.problemTypeBase(typeBase));
    }
    OriginsProperties origins = properties.getAllowedOrigins();
    if (origins.getKind() != null || !origins.getOrigins().isEmpty()) {
      set("allowed-origins.origins", origins.getOrigins(),
          () -> builder.allowedOrigins(origins(origins)));
    }
    Integer maxTarget = properties.getMaxTargetLength();
    if (maxTarget != null) {
      set("max-target-length", maxTarget, () -> builder.maxTargetLength(maxTarget));
    }
  }

  private static HttpStatus status(int code) {
    HttpStatus status = HttpStatus.ofCode(code);
    if (status == null) {
      throw new IllegalArgumentException("retiredVersionStatus must be 404 or 410, was " + code);
    }
    return status;
  }

  private static Quota quota(String property, QuotaProperties parts, Quota defaults) {
    String name = parts.getName() != null ? parts.getName() : defaults.name();
    long requests = parts.getRequests() != null ? parts.getRequests() : defaults.requests();
    Duration window = parts.getWindow() != null ? parts.getWindow() : defaults.window();
    Quota[] quota = new Quota[1];
    set(property, name + " " + requests + " per " + window,
        () -> quota[0] = new Quota(name, requests, window));
    return quota[0];
  }

  /** The delay of a fail-closed 503 when the properties give none. */
  static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

  private static QuotaOutage outage(OutageProperties parts) {
    Duration retryAfter = parts.getRetryAfter();
    if (parts.getMode() == StatusPolicyProperties.OutageMode.FAIL_OPEN) {
      if (retryAfter != null) {
        throw new IllegalArgumentException(
            "quota-outage.retry-after applies to fail-closed only; fail-open sends no 503");
      }
      return QuotaOutage.failOpen();
    }
    return QuotaOutage.failClosed(retryAfter != null ? retryAfter : DEFAULT_RETRY_AFTER);
  }

  private static AllowedOrigins origins(OriginsProperties parts) {
    StatusPolicyProperties.OriginsKind kind = parts.getKind() != null
        ? parts.getKind() : StatusPolicyProperties.OriginsKind.LISTED;
    List<String> origins = parts.getOrigins();
    if ((kind == StatusPolicyProperties.OriginsKind.ANY
        || kind == StatusPolicyProperties.OriginsKind.NONE) && !origins.isEmpty()) {
      throw new IllegalArgumentException("allowed-origins.kind " + kind
          + " takes no origins; use fixed or listed");
    }
    return switch (kind) {
      case ANY -> AllowedOrigins.any();
      case NONE -> AllowedOrigins.none();
      case FIXED -> {
        if (origins.size() != 1) {
          throw new IllegalArgumentException(
              "allowed-origins.kind fixed takes exactly one origin, had " + origins.size());
        }
        yield AllowedOrigins.fixed(origins.get(0));
      }
      case LISTED -> AllowedOrigins.listed(origins);
    };
  }

  /** Makes one setting, turning the builder's refusal into one that names the property. */
  private static void set(String property, @Nullable Object value, Runnable setting) {
    try {
      setting.run();
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw new InvalidConfigurationPropertyValueException(
          PREFIX + property, value, String.valueOf(refused.getMessage()));
    }
  }
}
