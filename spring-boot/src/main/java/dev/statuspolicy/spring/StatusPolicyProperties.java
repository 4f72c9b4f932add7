package dev.statuspolicy.spring;

import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.decision.ErrorFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code status-policy.*} properties: one for each setting of {@link
 * dev.statuspolicy.StatusPolicyBuilder} that a value can express. A property left unset keeps
 * the builder's default, stated on each getter. The settings that take code (the clock, extra
 * rows) are made by a {@link StatusPolicyCustomizer} bean, and the request counter is a {@link
 * dev.statuspolicy.QuotaCounter} bean. A value the builder refuses stops the application at
 * startup, naming the property.
 */
@ConfigurationProperties(prefix = "status-policy")
public class StatusPolicyProperties {

  /**
   * The public host, with an optional port, that plain-HTTP requests are redirected to with 301;
   * unset by default, which serves plain HTTP as it is.
   */
  private @Nullable String requireHttps;

  /** The format of error bodies when Accept states no usable preference; html by default. */
  private @Nullable ErrorFormat defaultErrorFormat;

  /** The status of a retired version: 404 (the default) or 410. */
  private @Nullable Integer retiredVersionStatus;

  /** The quota of an identified application; 20 requests per second, named default. */
  private final QuotaProperties identifiedQuota = new QuotaProperties();

  /** The quota shared by unidentified clients; 10 requests per minute, named unidentified. */
  private final QuotaProperties unidentifiedQuota = new QuotaProperties();

  /** What happens while the quota store cannot count; fail-open by default. */
  private final OutageProperties quotaOutage = new OutageProperties();

  /** Whether successful responses also carry the RateLimit headers; false by default. */
  private @Nullable Boolean rateLimitHeadersOnSuccess;

  /** The generic agent names that identify no application; the builder's list by default. */
  private @Nullable List<String> prohibitedAgents;

  /** The first product names that mark a browser's agent; Mozilla and Opera by default. */
  private @Nullable List<String> browserAgents;

  /** The identification mode of paths that name no product; strict by default. */
  private @Nullable IdentificationMode siteIdentification;

  /** The base of problem type URIs; https://statuspolicy.dev/problems/ by default. */
  private @Nullable String problemTypeBase;

  /** Which browser origins may read the responses; any by default. */
  private final OriginsProperties allowedOrigins = new OriginsProperties();

  /** The longest request target the policy reads, in characters; 8192 by default. */
  private @Nullable Integer maxTargetLength;

  /** Creates the properties, every one unset. */
  public StatusPolicyProperties() {}

  /** {@return the HTTPS host plain HTTP is redirected to, or null when not required} */
  public @Nullable String getRequireHttps() {
    return requireHttps;
  }

  /**
   * Sets the HTTPS host, as {@link dev.statuspolicy.StatusPolicyBuilder#requireHttps}.
   *
   * @param requireHttps such as {@code api.example.org}; null for plain HTTP as it is
   */
  public void setRequireHttps(@Nullable String requireHttps) {
    this.requireHttps = requireHttps;
  }

  /** {@return the default error format, or null for the builder's default, HTML} */
  public @Nullable ErrorFormat getDefaultErrorFormat() {
    return defaultErrorFormat;
  }

  /**
   * Sets the default error format.
   *
   * @param defaultErrorFormat {@code problem-json}, {@code html} or {@code plain}; null for HTML
   */
  public void setDefaultErrorFormat(@Nullable ErrorFormat defaultErrorFormat) {
    this.defaultErrorFormat = defaultErrorFormat;
  }

  /** {@return the status of a retired version, or null for the builder's default, 404} */
  public @Nullable Integer getRetiredVersionStatus() {
    return retiredVersionStatus;
  }

  /**
   * Sets the status of a retired version.
   *
   * @param retiredVersionStatus 404 or 410; null for 404
   */
  public void setRetiredVersionStatus(@Nullable Integer retiredVersionStatus) {
    this.retiredVersionStatus = retiredVersionStatus;
  }

  /** {@return the identified quota's parts; each unset part keeps the builder's default} */
  public QuotaProperties getIdentifiedQuota() {
    return identifiedQuota;
  }

  /** {@return the unidentified quota's parts; each unset part keeps the builder's default} */
  public QuotaProperties getUnidentifiedQuota() {
    return unidentifiedQuota;
  }

  /** {@return the quota outage's parts; unset, the builder's default: fail-open} */
  public OutageProperties getQuotaOutage() {
    return quotaOutage;
  }

  /** {@return whether success carries the RateLimit headers, or null for the default, false} */
  public @Nullable Boolean getRateLimitHeadersOnSuccess() {
    return rateLimitHeadersOnSuccess;
  }

  /**
   * Sets whether successful responses carry the RateLimit headers.
   *
   * @param rateLimitHeadersOnSuccess true to send them; null for the default, false
   */
  public void setRateLimitHeadersOnSuccess(@Nullable Boolean rateLimitHeadersOnSuccess) {
    this.rateLimitHeadersOnSuccess = rateLimitHeadersOnSuccess;
  }

  /**
   * {@return the prohibited agent names, or null for {@link
   * dev.statuspolicy.StatusPolicyBuilder#DEFAULT_PROHIBITED_AGENTS}}
   */
  public @Nullable List<String> getProhibitedAgents() {
    return prohibitedAgents;
  }

  /**
   * Sets the prohibited agent names.
   *
   * @param prohibitedAgents the names; null for the builder's default
   */
  public void setProhibitedAgents(@Nullable List<String> prohibitedAgents) {
    this.prohibitedAgents = prohibitedAgents;
  }

  /**
   * {@return the browser agent names, or null for {@link
   * dev.statuspolicy.StatusPolicyBuilder#DEFAULT_BROWSER_AGENTS}}
   */
  public @Nullable List<String> getBrowserAgents() {
    return browserAgents;
  }

  /**
   * Sets the browser agent names; an empty list turns the rule off.
   *
   * @param browserAgents the names; null for the builder's default
   */
  public void setBrowserAgents(@Nullable List<String> browserAgents) {
    this.browserAgents = browserAgents;
  }

  /** {@return the site identification mode, or null for the default, strict} */
  public @Nullable IdentificationMode getSiteIdentification() {
    return siteIdentification;
  }

  /**
   * Sets the identification mode of paths that name no product.
   *
   * @param siteIdentification {@code strict} or {@code lenient}; null for strict
   */
  public void setSiteIdentification(@Nullable IdentificationMode siteIdentification) {
    this.siteIdentification = siteIdentification;
  }

  /** {@return the problem type base, or null for the builder's default} */
  public @Nullable String getProblemTypeBase() {
    return problemTypeBase;
  }

  /**
   * Sets the base of problem type URIs.
   *
   * @param problemTypeBase an absolute URI ending in {@code /} or {@code :}; null for the default
   */
  public void setProblemTypeBase(@Nullable String problemTypeBase) {
    this.problemTypeBase = problemTypeBase;
  }

  /** {@return the allowed origins' parts} */
  public OriginsProperties getAllowedOrigins() {
    return allowedOrigins;
  }

  /** {@return the longest request target, or null for the builder's default, 8192} */
  public @Nullable Integer getMaxTargetLength() {
    return maxTargetLength;
  }

  /**
   * Sets the longest request target the policy reads.
   *
   * @param maxTargetLength at least 256 characters; null for 8192
   */
  public void setMaxTargetLength(@Nullable Integer maxTargetLength) {
    this.maxTargetLength = maxTargetLength;
  }

  /** The parts of a {@link dev.statuspolicy.Quota}; a part left unset keeps the default's. */
  public static class QuotaProperties {

    /** The policy name in the RateLimit headers, a lowercase token; it also names the counter. */
    private @Nullable String name;

    /** The requests allowed in each window; at least 1. */
    private @Nullable Long requests;

    /** The window, in whole seconds; at least one second. */
    private @Nullable Duration window;

    /** Creates the parts, every one unset. */
    public QuotaProperties() {}

    /** {@return the quota's name, or null for the default's} */
    public @Nullable String getName() {
      return name;
    }

    /**
     * Sets the quota's name.
     *
     * @param name a lowercase token; null for the default's
     */
    public void setName(@Nullable String name) {
      this.name = name;
    }

    /** {@return the requests per window, or null for the default's} */
    public @Nullable Long getRequests() {
      return requests;
    }

    /**
     * Sets the requests per window.
     *
     * @param requests at least 1; null for the default's
     */
    public void setRequests(@Nullable Long requests) {
      this.requests = requests;
    }

    /** {@return the window, or null for the default's} */
    public @Nullable Duration getWindow() {
      return window;
    }

    /**
     * Sets the window.
     *
     * @param window whole seconds, such as {@code 1s} or {@code 1m}; null for the default's
     */
    public void setWindow(@Nullable Duration window) {
      this.window = window;
    }

    boolean isSet() {
      return name != null || requests != null || window != null;
    }
  }

  /** The parts of {@link dev.statuspolicy.AllowedOrigins}: which kind, and its origins. */
  public static class OriginsProperties {

    /**
     * Which origins may read the responses: any, none, fixed or listed; any by default, or listed
     * when origins are given.
     */
    private @Nullable OriginsKind kind;

    /** The origins: exactly one for fixed, one or more for listed, none otherwise. */
    private List<String> origins = new ArrayList<>();

    /** Creates the parts, unset. */
    public OriginsProperties() {}

    /** {@return the kind, or null for the default: listed when origins are given, else any} */
    public @Nullable OriginsKind getKind() {
      return kind;
    }

    /**
     * Sets the kind.
     *
     * @param kind {@code any}, {@code none}, {@code fixed} or {@code listed}; null for any
     */
    public void setKind(@Nullable OriginsKind kind) {
      this.kind = kind;
    }

    /** {@return the origins, such as {@code https://www.yr.no}; empty when none are given} */
    public List<String> getOrigins() {
      return origins;
    }

    /**
     * Sets the origins.
     *
     * @param origins serialised origins, such as {@code https://www.yr.no}
     */
    public void setOrigins(List<String> origins) {
      this.origins = origins;
    }
  }

  /** The parts of {@link dev.statuspolicy.QuotaOutage}: which behaviour, and its delay. */
  public static class OutageProperties {

    /**
     * While the quota store cannot count: fail-open admits uncounted, fail-closed answers 503;
     * fail-open by default, or fail-closed when a retry-after is given.
     */
    private @Nullable OutageMode mode;

    /** The Retry-After of a fail-closed 503, in whole seconds; 5s by default. */
    private @Nullable Duration retryAfter;

    /** Creates the parts, unset. */
    public OutageProperties() {}

    /** {@return the mode, or null for the default} */
    public @Nullable OutageMode getMode() {
      return mode;
    }

    /**
     * Sets the mode.
     *
     * @param mode {@code fail-open} or {@code fail-closed}; null for the default
     */
    public void setMode(@Nullable OutageMode mode) {
      this.mode = mode;
    }

    /** {@return the delay of a fail-closed 503, or null for the default of five seconds} */
    public @Nullable Duration getRetryAfter() {
      return retryAfter;
    }

    /**
     * Sets the delay of a fail-closed 503.
     *
     * @param retryAfter whole seconds, at least one, such as {@code 5s}; null for five seconds
     */
    public void setRetryAfter(@Nullable Duration retryAfter) {
      this.retryAfter = retryAfter;
    }
  }

  /** The behaviours of {@link dev.statuspolicy.QuotaOutage}, one per factory method. */
  public enum OutageMode {
    /** {@link dev.statuspolicy.QuotaOutage#failOpen()}: admit, with the quota unknown. */
    FAIL_OPEN,
    /** {@link dev.statuspolicy.QuotaOutage#failClosed(Duration)}: 503 with Retry-After. */
    FAIL_CLOSED
  }

  /** The kinds of {@link dev.statuspolicy.AllowedOrigins}, one per factory method. */
  public enum OriginsKind {
    /** {@link dev.statuspolicy.AllowedOrigins#any()}: {@code *}. */
    ANY,
    /** {@link dev.statuspolicy.AllowedOrigins#none()}: no CORS headers. */
    NONE,
    /** {@link dev.statuspolicy.AllowedOrigins#fixed(String)}: the one origin given. */
    FIXED,
    /** {@link dev.statuspolicy.AllowedOrigins#listed(java.util.List)}: the origins given. */
    LISTED
  }
}
