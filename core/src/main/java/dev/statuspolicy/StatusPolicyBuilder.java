package dev.statuspolicy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.StandardRow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link StatusPolicy}. Mutable and not thread-safe; the policy it builds is immutable
 * and may be shared. Each setter checks its argument at once and names the setting when it
 * refuses one; {@link #build()} checks the whole, including the rows product teams insert.
 */
public final class StatusPolicyBuilder {

  /**
   * Generic agents, which do not identify an application on their own: the ones MET names
   * ({@code okhttp}, {@code Dalvik}, {@code fhttp}, {@code Java}, {@code Wget}), and the default
   * agents of other common HTTP libraries and tools. A name also covers the names it starts,
   * followed by {@code -}, {@code _} or {@code .}: {@code Python} covers {@code Python-urllib}.
   */
  public static final List<String> DEFAULT_PROHIBITED_AGENTS = List.of(
      "okhttp", "Dalvik", "fhttp", "Java", "Wget",
      "curl", "python-requests", "Python", "CPython", "aiohttp", "httpx", "Go-http-client",
      "Apache-HttpClient", "axios", "node-fetch", "node", "undici", "libwww-perl",
      "PostmanRuntime", "insomnia", "HTTPie", "GuzzleHttp", "Ruby", "Faraday", "RestSharp",
      "Dart", "ReactorNetty", "Deno", "Bun");

  /**
   * The first products that mark a web browser's agent: {@code Mozilla} (sent by every current
   * browser) and {@code Opera} (its old agents). A browser's agent names no application; the
   * site is identified by {@code Origin} or {@code Referer} instead.
   */
  public static final List<String> DEFAULT_BROWSER_AGENTS = List.of("Mozilla", "Opera");

  /** The default limit of a request target's length: 8 KiB, as MET's nginx front servers. */
  public static final int DEFAULT_MAX_TARGET_LENGTH = 8192;

  /**
   * The lowest limit {@link #maxTargetLength(int)} accepts: below it, ordinary requests (a long
   * base path, every parameter of an endpoint, percent-encoded names) would be refused.
   */
  public static final int MIN_MAX_TARGET_LENGTH = 256;

  /** Statuses a row that serves data may yield. */
  private static final Set<HttpStatus> DATA_STATUSES = EnumSet.of(
      HttpStatus.OK, HttpStatus.NON_AUTHORITATIVE_INFORMATION, HttpStatus.NOT_MODIFIED);

  Catalog catalog = Catalog.empty();
  @Nullable String httpsHost;
  ErrorFormat defaultErrorFormat = ErrorFormat.HTML;
  HttpStatus retiredVersionStatus = HttpStatus.NOT_FOUND;
  Quota identifiedQuota = Quota.perSecond("default", 20);
  Quota unidentifiedQuota = new Quota("unidentified", 10, java.time.Duration.ofMinutes(1));
  QuotaCounter quotaCounter = QuotaCounter.none();
  QuotaOutage quotaOutage = QuotaOutage.failOpen();
  boolean rateLimitHeadersOnSuccess;
  List<String> prohibitedAgents = DEFAULT_PROHIBITED_AGENTS;
  List<String> browserAgents = DEFAULT_BROWSER_AGENTS;
  IdentificationMode siteIdentification = IdentificationMode.STRICT;
  Clock clock = Clock.systemUTC();
  String problemTypeBase = "https://statuspolicy.dev/problems/";
  AllowedOrigins allowedOrigins = AllowedOrigins.any();
  int maxTargetLength = DEFAULT_MAX_TARGET_LENGTH;
  private final List<Insertion> insertions = new ArrayList<>();

  private record Insertion(RowId anchor, boolean before, Rule rule) {}

  StatusPolicyBuilder() {}

  /**
   * Sets the catalog; empty by default.
   *
   * @param catalog the products, versions and endpoints the policy answers for
   * @return this builder
   * @throws NullPointerException if {@code catalog} is null
   */
  public StatusPolicyBuilder catalog(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    return this;
  }

  /**
   * Redirects plain-HTTP requests to {@code https://host} with 301. Off by default. The host is
   * configured, never taken from the request, so a forged {@code Host} header cannot steer the
   * redirect.
   *
   * @param host the public authority: a DNS name (labels of letters, digits and inner hyphens, at
   *     most 63 characters each, none empty), an IPv4 address or a bracketed IPv6 address,
   *     optionally followed by {@code :port} with a port from 1 to 65535, such as {@code
   *     api.example.org} or {@code api.example.org:8443}
   * @return this builder
   * @throws IllegalArgumentException if {@code host} is not such an authority
   */
  public StatusPolicyBuilder requireHttps(String host) {
    Objects.requireNonNull(host, "httpsHost");
    if (!Authority.isValid(host)) {
      throw new IllegalArgumentException(
          "httpsHost must be a host name with an optional port from 1 to 65535, such as"
              + " api.example.org, was '" + host.replace("\r", "\\r").replace("\n", "\\n") + "'");
    }
    this.httpsHost = host;
    return this;
  }

  /**
   * Sets the error format used when {@code Accept} states no usable preference; HTML by default.
   *
   * @param format the format of error bodies for requests without a usable Accept
   * @return this builder
   * @throws NullPointerException if {@code format} is null
   */
  public StatusPolicyBuilder defaultErrorFormat(ErrorFormat format) {
    this.defaultErrorFormat = Objects.requireNonNull(format, "defaultErrorFormat");
    return this;
  }

  /**
   * Sets the status of a retired version: 404 (the default, as MET answers) or 410.
   *
   * @param status 404 or 410
   * @return this builder
   * @throws IllegalArgumentException if {@code status} is neither
   */
  public StatusPolicyBuilder retiredVersionStatus(HttpStatus status) {
    Objects.requireNonNull(status, "retiredVersionStatus");
    if (status != HttpStatus.NOT_FOUND && status != HttpStatus.GONE) {
      throw new IllegalArgumentException(
          "retiredVersionStatus must be 404 or 410, was " + status.code());
    }
    this.retiredVersionStatus = status;
    return this;
  }

  /**
   * Sets the quota of an identified application; 20 requests per second by default, named
   * {@code default}. It applies on every product that declares no identified quota of its own.
   * Its name also names its counter: no other quota of the policy or its products may use it.
   *
   * @param quota the limit and window of each identified application
   * @return this builder
   * @throws NullPointerException if {@code quota} is null
   */
  public StatusPolicyBuilder identifiedQuota(Quota quota) {
    this.identifiedQuota = Objects.requireNonNull(quota, "identifiedQuota");
    return this;
  }

  /**
   * Sets the quota of unidentified clients of lenient products; 10 requests per minute by
   * default, named {@code unidentified}, shared by all of them. It must be lower than the
   * identified quota, and applies on every product that declares no unidentified quota of its
   * own.
   *
   * @param quota the limit and window shared by unidentified clients
   * @return this builder
   * @throws NullPointerException if {@code quota} is null
   */
  public StatusPolicyBuilder unidentifiedQuota(Quota quota) {
    this.unidentifiedQuota = Objects.requireNonNull(quota, "unidentifiedQuota");
    return this;
  }

  /**
   * Sets the host's request counter, which the policy calls once for each request that reaches
   * row {@code rate-limited}, with the quota that applies. By default {@link QuotaCounter#none()}:
   * nothing is counted and no request is over quota. A usage passed in {@link
   * dev.statuspolicy.request.RequestFacts.Builder#quota} wins over the counter.
   *
   * @param counter the counter; thread-safe
   * @return this builder
   * @throws NullPointerException if {@code counter} is null
   */
  public StatusPolicyBuilder quotaCounter(QuotaCounter counter) {
    this.quotaCounter = Objects.requireNonNull(counter, "quotaCounter");
    return this;
  }

  /**
   * Sets what happens when the quota cannot be counted: the counter threw {@link
   * QuotaUnavailableException} (its store down, or slower than its timeout), or the facts say
   * {@link dev.statuspolicy.request.RequestFacts.Builder#quotaUnknown()}. {@link
   * QuotaOutage#failOpen()} (the default) admits the request; {@link
   * QuotaOutage#failClosed(java.time.Duration)} answers 503 with {@code Retry-After} from row
   * {@code quota-unknown}. Either way row {@code quota-unknown} records it in the trace.
   *
   * @param outage the setting
   * @return this builder
   * @throws NullPointerException if {@code outage} is null
   */
  public StatusPolicyBuilder quotaOutage(QuotaOutage outage) {
    this.quotaOutage = Objects.requireNonNull(outage, "quotaOutage");
    return this;
  }

  /**
   * Also sends {@code RateLimit-Policy} and {@code RateLimit} on successful responses (200, 203
   * and 304) whose usage is known, so that clients can pace themselves before they are
   * throttled. Off by default: a 429 always carries them.
   *
   * @param send whether to send them on success
   * @return this builder
   */
  public StatusPolicyBuilder rateLimitHeadersOnSuccess(boolean send) {
    this.rateLimitHeadersOnSuccess = send;
    return this;
  }

  /**
   * Sets the generic agent names that do not identify an application on their own; {@link
   * #DEFAULT_PROHIBITED_AGENTS} by default. Names are compared ignoring case, and a name also
   * covers the longer names it starts followed by {@code -}, {@code _} or {@code .}.
   *
   * @param agents the names, compared ignoring case
   * @return this builder
   * @throws IllegalArgumentException if a name is empty or holds whitespace, {@code /} or
   *     parentheses
   * @throws NullPointerException if the list or a name is null
   */
  public StatusPolicyBuilder prohibitedAgents(List<String> agents) {
    this.prohibitedAgents = productNames(agents, "prohibitedAgents");
    return this;
  }

  /**
   * Sets the first product names that mark a web browser's agent; {@link
   * #DEFAULT_BROWSER_AGENTS} by default. An agent whose first product (outside comments) has one
   * of these names, ignoring case, identifies nothing, whatever follows it: the site is
   * identified by {@code Origin}, else by the host of {@code Referer}, and the request is
   * unidentified without them. An empty list turns the rule off.
   *
   * @param agents the names, compared ignoring case; empty to turn the rule off
   * @return this builder
   * @throws IllegalArgumentException if a name is empty or holds whitespace, {@code /} or
   *     parentheses
   * @throws NullPointerException if the list or a name is null
   */
  public StatusPolicyBuilder browserAgents(List<String> agents) {
    this.browserAgents = productNames(agents, "browserAgents");
    return this;
  }

  private static List<String> productNames(List<String> names, String setting) {
    Objects.requireNonNull(names, setting);
    for (String name : names) {
      Objects.requireNonNull(name, setting);
      if (name.isEmpty() || !name.matches("[^\\s/()]+")) {
        throw new IllegalArgumentException(setting
            + " must hold product names without spaces, '/' or parentheses, had '" + name + "'");
      }
    }
    return List.copyOf(names);
  }

  /**
   * Sets the identification mode of paths that name no product; strict by default.
   *
   * @param mode strict (403 for unidentified clients) or lenient (the unidentified quota)
   * @return this builder
   * @throws NullPointerException if {@code mode} is null
   */
  public StatusPolicyBuilder siteIdentification(IdentificationMode mode) {
    this.siteIdentification = Objects.requireNonNull(mode, "siteIdentification");
    return this;
  }

  /**
   * Sets the clock used for lifecycle dates and conditional requests; the system UTC clock by
   * default.
   *
   * @param clock the clock; its instant is read once per request
   * @return this builder
   * @throws NullPointerException if {@code clock} is null
   */
  public StatusPolicyBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets the base of problem {@code type} URIs; a row's type is the base followed by its id.
   * {@code https://statuspolicy.dev/problems/} by default.
   *
   * <p>The base must be an absolute URI (RFC 3986: a scheme, {@code :}, then URI characters
   * only, which are printable ASCII), ending in {@code /} or {@code :}. RFC 9457 allows relative
   * type URIs but recommends absolute ones, because a relative type means something different
   * under every host that serves it.
   *
   * @param base an absolute URI ending in {@code /} or {@code :}, such as {@code
   *     https://api.example.org/problems/} or {@code urn:example:problem:}
   * @return this builder
   * @throws IllegalArgumentException if the base is not of that form
   */
  public StatusPolicyBuilder problemTypeBase(String base) {
    Objects.requireNonNull(base, "problemTypeBase");
    boolean shape = base.matches("[a-zA-Z][a-zA-Z0-9+.-]*:[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]*")
        && (base.endsWith("/") || base.endsWith(":"));
    if (!shape) {
      throw new IllegalArgumentException(
          "problemTypeBase must be an absolute URI of printable ASCII, ending in '/' or ':', was '"
              + base.replace("\r", "\\r").replace("\n", "\\n") + "'");
    }
    this.problemTypeBase = base;
    return this;
  }

  /**
   * Sets which browser origins may read the responses, sent on every response as {@code
   * Access-Control-Allow-Origin}; {@link AllowedOrigins#any()} ({@code *}, as MET sends) by
   * default. The origins themselves are checked when the setting is made, by {@link
   * AllowedOrigins}.
   *
   * @param origins {@code any()}, {@code fixed(..)}, {@code listed(..)} or {@code none()}
   * @return this builder
   * @throws NullPointerException if {@code origins} is null
   */
  public StatusPolicyBuilder allowedOrigins(AllowedOrigins origins) {
    this.allowedOrigins = Objects.requireNonNull(origins, "allowedOrigins");
    return this;
  }

  /**
   * Sets the longest request target (raw path, {@code ?} and query string, before any decoding)
   * that the policy reads; a longer one is answered 414 by row {@code target-too-long}. 8192
   * characters by default ({@link #DEFAULT_MAX_TARGET_LENGTH}), as MET's front servers.
   *
   * @param length the limit, in characters
   * @return this builder
   * @throws IllegalArgumentException if {@code length} is below {@link #MIN_MAX_TARGET_LENGTH}
   */
  public StatusPolicyBuilder maxTargetLength(int length) {
    if (length < MIN_MAX_TARGET_LENGTH) {
      throw new IllegalArgumentException("maxTargetLength must be at least "
          + MIN_MAX_TARGET_LENGTH + " characters, was " + length);
    }
    this.maxTargetLength = length;
    return this;
  }

  /**
   * Inserts a product team's row just before an existing row.
   *
   * @param anchor the id of a standard row, or of a row inserted earlier; an anchor that names
   *     no row is refused by {@link #build()}
   * @param rule the new row
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public StatusPolicyBuilder insertBefore(RowId anchor, Rule rule) {
    insertions.add(new Insertion(
        Objects.requireNonNull(anchor, "anchor"), true, Objects.requireNonNull(rule, "rule")));
    return this;
  }

  /**
   * Inserts a product team's row just after an existing row.
   *
   * @param anchor the id of a standard row, or of a row inserted earlier; an anchor that names
   *     no row is refused by {@link #build()}
   * @param rule the new row
   * @return this builder
   * @throws NullPointerException if an argument is null
   */
  public StatusPolicyBuilder insertAfter(RowId anchor, Rule rule) {
    insertions.add(new Insertion(
        Objects.requireNonNull(anchor, "anchor"), false, Objects.requireNonNull(rule, "rule")));
    return this;
  }

  /**
   * Builds the policy.
   *
   * <p>Besides the settings, it checks the table, and refuses (naming the row) every arrangement
   * in which a row could never fire or would break a guarantee:
   *
   * <ul>
   *   <li>an insertion at an unknown anchor, or a row id used twice;
   *   <li>an admission row after a response row, or any row after {@code ok} (which always fires);
   *   <li>a row mixing error and success statuses, or an admission row serving data (2xx, 304);
   *   <li>an admission row claiming custom outcomes ({@link RowDefinition#claims()}): outcomes
   *       exist only in the response phase;
   *   <li>a custom outcome kind claimed by two rows: the earlier one always decides it;
   *   <li>a claiming row after a row that serves data ({@code not-modified}, {@code
   *       version-deprecated}, {@code version-beta}, or a team's data row): that row would answer
   *       a deprecated or beta version's custom outcome with its data first.
   * </ul>
   *
   * <p>Claimed kinds pass {@code internal-error} wherever it stands, so a claiming row may follow
   * it, or any other error row.
   *
   * @return the policy, immutable and thread-safe
   * @throws IllegalArgumentException naming the setting or the row, if the configuration breaks
   *     a guarantee: one of the table arrangements above, an unidentified quota not below the
   *     identified one (the policy's, or a product's with the policy's filling in what it leaves
   *     out), or two different quotas with the same name
   */
  public StatusPolicy build() {
    QuotaSettings.check(identifiedQuota, unidentifiedQuota, catalog);
    List<Rule> rules = new ArrayList<>(List.of(StandardRow.values()));
    for (Insertion insertion : insertions) {
      int at = indexOf(rules, insertion.anchor());
      if (at < 0) {
        throw new IllegalArgumentException(
            "rows: no row '" + insertion.anchor() + "' to insert "
                + insertion.rule().definition().id() + (insertion.before() ? " before" : " after"));
      }
      rules.add(insertion.before() ? at : at + 1, insertion.rule());
    }
    checkTable(rules);
    return new StatusPolicy(new PolicyConfig(this, rules));
  }

  private static int indexOf(List<Rule> rules, RowId id) {
    for (int i = 0; i < rules.size(); i++) {
      if (rules.get(i).definition().id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  private static void checkTable(List<Rule> rules) {
    Set<RowId> ids = new HashSet<>();
    Map<String, RowId> claimedBy = new HashMap<>();
    @Nullable RowId firstResponse = null;
    @Nullable RowId firstData = null;
    for (Rule rule : rules) {
      RowDefinition row = Objects.requireNonNull(rule.definition(), "rows: a rule's definition");
      if (!ids.add(row.id())) {
        throw new IllegalArgumentException("rows: row id '" + row.id() + "' is used twice");
      }
      if (row.phase() == Phase.RESPONSE) {
        if (firstResponse == null) {
          firstResponse = row.id();
        }
      } else if (firstResponse != null) {
        // name both rows: the misplaced one may be either the response row or this one
        throw new IllegalArgumentException(
            "rows: admission row '" + row.id() + "' must come before every response row, but"
                + " follows response row '" + firstResponse + "'");
      }
      boolean servesData = DATA_STATUSES.containsAll(row.statuses());
      if (!servesData && !row.isErrorRow() && rule != StandardRow.HTTPS_REQUIRED) {
        throw new IllegalArgumentException(
            "rows: row '" + row.id() + "' mixes error and success statuses " + row.statuses());
      }
      if (servesData && row.phase() == Phase.ADMISSION) {
        throw new IllegalArgumentException(
            "rows: admission row '" + row.id() + "' may not serve data; only response rows may");
      }
      checkClaims(row, claimedBy, firstData);
      if (servesData && firstData == null) {
        firstData = row.id();
      }
    }
    if (rules.get(rules.size() - 1) != StandardRow.OK) {
      throw new IllegalArgumentException("rows: 'ok' must stay the last row");
    }
  }

  /**
   * Refuses claims that could never be honoured: the outcome does not exist yet in the admission
   * phase, an earlier claim of the same kind decides first, and a row that serves data (a
   * deprecated version's 203, say) would answer before the claiming row is consulted.
   */
  private static void checkClaims(
      RowDefinition row, Map<String, RowId> claimedBy, @Nullable RowId firstData) {
    if (row.claims().isEmpty()) {
      return;
    }
    if (row.phase() == Phase.ADMISSION) {
      throw new IllegalArgumentException(
          "rows: admission row '" + row.id() + "' claims custom outcomes " + sorted(row.claims())
              + ", but outcomes exist only in the response phase");
    }
    if (firstData != null) {
      throw new IllegalArgumentException(
          "rows: row '" + row.id() + "' claims custom outcomes " + sorted(row.claims())
              + " but follows '" + firstData + "', which serves data: a claiming row must come"
              + " before every row that serves data");
    }
    for (String kind : sorted(row.claims())) {
      RowId earlier = claimedBy.putIfAbsent(kind, row.id());
      if (earlier != null) {
        throw new IllegalArgumentException(
            "rows: row '" + row.id() + "' claims custom outcome '" + kind
                + "', which row '" + earlier + "' already claims");
      }
    }
  }

  private static List<String> sorted(Set<String> kinds) {
    List<String> list = new ArrayList<>(kinds);
    Collections.sort(list);
    return list;
  }
}
