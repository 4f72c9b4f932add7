package dev.statuspolicy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The read-only configuration of a built {@link StatusPolicy}. Each getter states its default.
 * Immutable and thread-safe.
 */
public final class PolicyConfig {

  private final Catalog catalog;
  private final @Nullable String httpsHost;
  private final ErrorFormat defaultErrorFormat;
  private final HttpStatus retiredVersionStatus;
  private final Quota identifiedQuota;
  private final Quota unidentifiedQuota;
  private final QuotaCounter quotaCounter;
  private final QuotaOutage quotaOutage;
  private final boolean rateLimitHeadersOnSuccess;
  private final List<String> prohibitedAgents;
  private final List<String> browserAgents;
  private final IdentificationMode siteIdentification;
  private final Clock clock;
  private final String problemTypeBase;
  private final AllowedOrigins allowedOrigins;
  private final int maxTargetLength;
  private final List<Rule> rules;
  private final List<RowDefinition> table;
  private final Map<String, RowId> claimedOutcomes;

  PolicyConfig(StatusPolicyBuilder builder, List<Rule> rules) {
    this.catalog = builder.catalog;
    this.httpsHost = builder.httpsHost;
    this.defaultErrorFormat = builder.defaultErrorFormat;
    this.retiredVersionStatus = builder.retiredVersionStatus;
    this.identifiedQuota = builder.identifiedQuota;
    this.unidentifiedQuota = builder.unidentifiedQuota;
    this.quotaCounter = builder.quotaCounter;
    this.quotaOutage = builder.quotaOutage;
    this.rateLimitHeadersOnSuccess = builder.rateLimitHeadersOnSuccess;
    this.prohibitedAgents = List.copyOf(builder.prohibitedAgents);
    this.browserAgents = List.copyOf(builder.browserAgents);
    this.siteIdentification = builder.siteIdentification;
    this.clock = builder.clock;
    this.problemTypeBase = builder.problemTypeBase;
    this.allowedOrigins = builder.allowedOrigins;
    this.maxTargetLength = builder.maxTargetLength;
    this.rules = List.copyOf(rules);
    List<RowDefinition> definitions = new ArrayList<>(rules.size());
    Map<String, RowId> claims = new HashMap<>();
    for (Rule rule : rules) {
      RowDefinition definition = rule.definition();
      definitions.add(definition);
      for (String kind : definition.claims()) {
        claims.put(kind, definition.id());
      }
    }
    this.table = List.copyOf(definitions);
    this.claimedOutcomes = Map.copyOf(claims);
  }

  /** {@return the catalog; empty by default, so every path is a 404} */
  public Catalog catalog() {
    return catalog;
  }

  /** {@return whether plain-HTTP requests are redirected to HTTPS with 301; off by default} */
  public boolean httpsRequired() {
    return httpsHost != null;
  }

  /** {@return the host name used in HTTPS redirects; null when redirects are off (the default)} */
  public @Nullable String httpsHost() {
    return httpsHost;
  }

  /**
   * {@return the error format used when {@code Accept} states no usable preference; HTML by
   * default}
   */
  public ErrorFormat defaultErrorFormat() {
    return defaultErrorFormat;
  }

  /** {@return the status of a retired version: 404 by default, or 410} */
  public HttpStatus retiredVersionStatus() {
    return retiredVersionStatus;
  }

  /** {@return the quota of an identified application: 20 requests per second by default} */
  public Quota identifiedQuota() {
    return identifiedQuota;
  }

  /**
   * Returns the quota of an unidentified client of a lenient product: 10 requests per minute by
   * default, shared by every unidentified client.
   *
   * @return the quota shared by unidentified clients; never null
   */
  public Quota unidentifiedQuota() {
    return unidentifiedQuota;
  }

  /**
   * Returns the host's request counter, called once for each request that reaches row {@code
   * rate-limited} and carries no usage of its own; {@link QuotaCounter#none()} by default, which
   * counts nothing.
   *
   * @return the counter; never null
   */
  public QuotaCounter quotaCounter() {
    return quotaCounter;
  }

  /**
   * Returns what the policy does when the quota cannot be counted (the counter threw {@link
   * QuotaUnavailableException}, or the facts say the quota is unknown); {@link
   * QuotaOutage#failOpen()} by default.
   *
   * @return the setting; never null
   */
  public QuotaOutage quotaOutage() {
    return quotaOutage;
  }

  /**
   * Returns whether successful responses (200, 203, 304) also carry {@code RateLimit-Policy} and
   * {@code RateLimit} when the usage is known; false by default.
   *
   * @return true when successful responses carry the rate-limit headers
   */
  public boolean rateLimitHeadersOnSuccess() {
    return rateLimitHeadersOnSuccess;
  }

  /**
   * Returns the generic agent names that do not identify an application on their own, compared
   * ignoring case: by default {@link StatusPolicyBuilder#DEFAULT_PROHIBITED_AGENTS}, MET's five
   * ({@code okhttp}, {@code Dalvik}, {@code fhttp}, {@code Java}, {@code Wget}) and the default
   * agents of other common HTTP libraries and tools.
   *
   * @return the prohibited agent names; never null, possibly empty
   */
  public List<String> prohibitedAgents() {
    return prohibitedAgents;
  }

  /**
   * Returns the first product names that mark a browser's agent, which identifies no
   * application: by default {@link StatusPolicyBuilder#DEFAULT_BROWSER_AGENTS}, {@code Mozilla}
   * and {@code Opera}.
   *
   * @return the browser product names; never null, possibly empty
   */
  public List<String> browserAgents() {
    return browserAgents;
  }

  /** {@return the identification mode for paths that name no product; strict by default} */
  public IdentificationMode siteIdentification() {
    return siteIdentification;
  }

  /** {@return the clock; the system UTC clock by default} */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the base of problem {@code type} URIs: a row's type is this base followed by its id.
   * By default {@code https://statuspolicy.dev/problems/}.
   *
   * @return the base of problem type URIs; never null
   */
  public String problemTypeBase() {
    return problemTypeBase;
  }

  /**
   * Returns which browser origins may read the responses, as {@code Access-Control-Allow-Origin}
   * says on every response; {@link AllowedOrigins#any()} ({@code *}) by default.
   *
   * @return the allowed origins; never null
   */
  public AllowedOrigins allowedOrigins() {
    return allowedOrigins;
  }

  /**
   * Returns the longest request target, in characters of the raw path, {@code ?} and query
   * string, that the policy reads; a longer one is a 414 {@code target-too-long}. 8192 by default.
   *
   * @return the longest target read, in characters
   */
  public int maxTargetLength() {
    return maxTargetLength;
  }

  /** {@return the rows in evaluation order: the standard rows with any extension rows inserted} */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Returns the kinds of custom outcomes some row claims, each with the row that maps it (see
   * {@link RowDefinition#claims()}); empty for the standard table. A custom outcome of any other
   * kind is an {@code internal-error}.
   *
   * @return each claimed kind mapped to its row; never null
   */
  public Map<String, RowId> claimedOutcomes() {
    return claimedOutcomes;
  }

  /** {@return the definitions of {@link #rules()}, in the same order} */
  public List<RowDefinition> table() {
    return table;
  }
}
