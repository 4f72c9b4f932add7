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

  /** The agents MET names as generic: they do not identify an application on their own. */
  public static final List<String> DEFAULT_PROHIBITED_AGENTS =
      List.of("okhttp", "Dalvik", "fhttp", "Java", "Wget");

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
  List<String> prohibitedAgents = DEFAULT_PROHIBITED_AGENTS;
  IdentificationMode siteIdentification = IdentificationMode.STRICT;
  Clock clock = Clock.systemUTC();
  String problemTypeBase = "https://status-policy.dev/problems/";
  int maxTargetLength = DEFAULT_MAX_TARGET_LENGTH;
  private final List<Insertion> insertions = new ArrayList<>();

  private record Insertion(RowId anchor, boolean before, Rule rule) {}

  StatusPolicyBuilder() {}

  /**
   * Sets the catalog; empty by default.
   *
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
   * Sets the quota of an identified application; 20 requests per second by default.
   *
   * @return this builder
   * @throws NullPointerException if {@code quota} is null
   */
  public StatusPolicyBuilder identifiedQuota(Quota quota) {
    this.identifiedQuota = Objects.requireNonNull(quota, "identifiedQuota");
    return this;
  }

  /**
   * Sets the quota of unidentified clients of lenient products; 10 requests per minute by
   * default. It must be lower than the identified quota.
   *
   * @return this builder
   * @throws NullPointerException if {@code quota} is null
   */
  public StatusPolicyBuilder unidentifiedQuota(Quota quota) {
    this.unidentifiedQuota = Objects.requireNonNull(quota, "unidentifiedQuota");
    return this;
  }

  /**
   * Sets the generic agent names that do not identify an application on their own.
   *
   * @return this builder
   * @throws IllegalArgumentException if a name is empty or holds whitespace or {@code /}
   */
  public StatusPolicyBuilder prohibitedAgents(List<String> agents) {
    Objects.requireNonNull(agents, "prohibitedAgents");
    for (String agent : agents) {
      Objects.requireNonNull(agent, "prohibitedAgents");
      if (agent.isEmpty() || !agent.matches("[^\\s/()]+")) {
        throw new IllegalArgumentException(
            "prohibitedAgents must hold product names without spaces, '/' or parentheses, had '"
                + agent + "'");
      }
    }
    this.prohibitedAgents = List.copyOf(agents);
    return this;
  }

  /**
   * Sets the identification mode of paths that name no product; strict by default.
   *
   * @return this builder
   */
  public StatusPolicyBuilder siteIdentification(IdentificationMode mode) {
    this.siteIdentification = Objects.requireNonNull(mode, "siteIdentification");
    return this;
  }

  /**
   * Sets the clock used for lifecycle dates and conditional requests; the system UTC clock by
   * default.
   *
   * @return this builder
   */
  public StatusPolicyBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Sets the base of problem {@code type} URIs; a row's type is the base followed by its id.
   * {@code https://status-policy.dev/problems/} by default.
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
   * @param anchor the id of a standard row, or of a row inserted earlier
   * @param rule the new row
   * @return this builder
   */
  public StatusPolicyBuilder insertBefore(RowId anchor, Rule rule) {
    insertions.add(new Insertion(
        Objects.requireNonNull(anchor, "anchor"), true, Objects.requireNonNull(rule, "rule")));
    return this;
  }

  /**
   * Inserts a product team's row just after an existing row.
   *
   * @param anchor the id of a standard row, or of a row inserted earlier
   * @param rule the new row
   * @return this builder
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
   *     a guarantee: one of the table arrangements above, or an unidentified quota not below the
   *     identified one
   */
  public StatusPolicy build() {
    if (!unidentifiedQuota.isLowerThan(identifiedQuota)) {
      throw new IllegalArgumentException(
          "unidentifiedQuota must allow fewer requests per second than identifiedQuota");
    }
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
