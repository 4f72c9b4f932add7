package dev.statuspolicy.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Everything the host knows about one request, handed to the policy.
 *
 * <p>Wire facts (method, path, query string and the {@linkplain KnownHeader headers the policy
 * reads}) are raw strings, exactly as received: parsing them is the library's job, and no value,
 * however malformed, makes the policy throw. Host verdicts (blocklist, credentials, quota usage,
 * transport and request id) are typed. The quota usage is optional: a host either counts before
 * admission and passes it in, or lets the policy call its counter.
 *
 * <p>Instances are immutable and built with {@link #builder()}. Missing wire facts are empty
 * strings or absent headers; missing verdicts take the documented defaults.
 */
public final class RequestFacts {

  private static final KnownHeader[] HEADERS = KnownHeader.values();

  private final String method;
  private final String path;
  private final String query;
  private final List<List<String>> headers;
  private final BlocklistStanding blocklist;
  private final Credentials credentials;
  private final @Nullable QuotaUsage quota;
  private final boolean quotaUnknown;
  private final Transport transport;
  private final @Nullable String requestId;

  private RequestFacts(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = builder.query;
    List<List<String>> copied = new ArrayList<>(HEADERS.length);
    for (List<String> values : builder.headers) {
      copied.add(List.copyOf(values));
    }
    this.headers = List.copyOf(copied);
    this.blocklist = builder.blocklist;
    this.credentials = builder.credentials;
    this.quota = builder.quota;
    this.quotaUnknown = builder.quotaUnknown;
    this.transport = builder.transport;
    this.requestId = builder.requestId;
  }

  /** {@return a new builder for a GET of {@code /} with no headers and default verdicts} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the request method as sent, such as {@code GET}; never null, possibly empty} */
  public String method() {
    return method;
  }

  /** {@return the raw path, without the query string; never null, possibly empty} */
  public String path() {
    return path;
  }

  /** {@return the raw query string without the leading {@code ?}; empty when there is none} */
  public String query() {
    return query;
  }

  /**
   * Returns every value received for a header, in order.
   *
   * @param header the header
   * @return the values; empty when the header was absent
   */
  public List<String> values(KnownHeader header) {
    return headers.get(header.ordinal());
  }

  /**
   * Returns the first value received for a header.
   *
   * @param header the header
   * @return the first value, or null when the header was absent
   */
  public @Nullable String first(KnownHeader header) {
    List<String> values = headers.get(header.ordinal());
    return values.isEmpty() ? null : values.get(0);
  }

  /** {@return the blocklist verdict; {@link BlocklistStanding#NOT_LISTED} by default} */
  public BlocklistStanding blocklist() {
    return blocklist;
  }

  /** {@return the credentials verdict; {@link Credentials#none()} by default} */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * Returns the quota usage the host counted before admission, for the claim {@link
   * dev.statuspolicy.StatusPolicy#quotaFor} named; null by default, when the policy asks its
   * {@link dev.statuspolicy.QuotaCounter} instead, once row {@code rate-limited} is reached.
   *
   * @return the usage counted before admission, or null when the policy asks its counter
   */
  public @Nullable QuotaUsage quota() {
    return quota;
  }

  /**
   * Returns whether the host tried to count this request before admission and its store could not
   * say (down, or slower than its timeout). The policy then applies its {@link
   * dev.statuspolicy.QuotaOutage}, as for a counter that throws {@link
   * dev.statuspolicy.QuotaUnavailableException}, and does not call its counter. False by default.
   *
   * @return true when the quota is unknown
   */
  public boolean quotaUnknown() {
    return quotaUnknown;
  }

  /** {@return the transport; {@link Transport#HTTPS} by default} */
  public Transport transport() {
    return transport;
  }

  /** {@return the host's id for this request, used as the problem {@code instance}; may be null} */
  public @Nullable String requestId() {
    return requestId;
  }

  /** {@return a builder initialised with these facts} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.method = method;
    builder.path = path;
    builder.query = query;
    for (int i = 0; i < HEADERS.length; i++) {
      builder.headers.get(i).addAll(headers.get(i));
    }
    builder.blocklist = blocklist;
    builder.credentials = credentials;
    builder.quota = quota;
    builder.quotaUnknown = quotaUnknown;
    builder.transport = transport;
    builder.requestId = requestId;
    return builder;
  }

  @Override
  public String toString() {
    return "RequestFacts[" + method + " " + path + (query.isEmpty() ? "" : "?" + query) + "]";
  }

  /**
   * Builds {@link RequestFacts}. Not thread-safe. Wire values are taken as they are; null wire
   * values mean "absent". Verdict setters reject null, since a host always knows its verdicts.
   */
  public static final class Builder {
    private String method = "GET";
    private String path = "/";
    private String query = "";
    private final List<List<String>> headers = new ArrayList<>(HEADERS.length);
    private BlocklistStanding blocklist = BlocklistStanding.NOT_LISTED;
    private Credentials credentials = Credentials.none();
    private @Nullable QuotaUsage quota;
    private boolean quotaUnknown;
    private Transport transport = Transport.HTTPS;
    private @Nullable String requestId;

    private Builder() {
      for (int i = 0; i < HEADERS.length; i++) {
        headers.add(new ArrayList<>(1));
      }
    }

    /**
     * Sets the method as sent; {@code GET} by default.
     *
     * @param method the raw method; null is taken as empty, which is not an allowed method
     * @return this builder
     */
    public Builder method(@Nullable String method) {
      this.method = method == null ? "" : method;
      return this;
    }

    /**
     * Sets the raw path, without the query string; {@code /} by default.
     *
     * @param path the raw path; null is taken as empty
     * @return this builder
     */
    public Builder path(@Nullable String path) {
      this.path = path == null ? "" : path;
      return this;
    }

    /**
     * Sets the raw query string, without the leading {@code ?}; empty by default.
     *
     * @param query the raw query; null means there was none
     * @return this builder
     */
    public Builder query(@Nullable String query) {
      this.query = query == null ? "" : query;
      return this;
    }

    /**
     * Sets path and query from a request target such as {@code /weatherapi/x/1.0/y?lat=1}: the
     * part before the first {@code ?} is the path, the rest is the query.
     *
     * @param target the raw request target; null is taken as empty
     * @return this builder
     */
    public Builder target(@Nullable String target) {
      String raw = target == null ? "" : target;
      int question = raw.indexOf('?');
      if (question < 0) {
        this.path = raw;
        this.query = "";
      } else {
        this.path = raw.substring(0, question);
        this.query = raw.substring(question + 1);
      }
      return this;
    }

    /**
     * Adds one received value of a header. Names are matched ignoring case; headers the policy
     * does not read are ignored, so a host may pass every header it received.
     *
     * @param name the field name, as received
     * @param value the field value, as received; null is ignored
     * @return this builder
     */
    public Builder header(@Nullable String name, @Nullable String value) {
      KnownHeader known = KnownHeader.byName(name);
      if (known != null && value != null) {
        headers.get(known.ordinal()).add(value);
      }
      return this;
    }

    /**
     * Adds every received value of every header the policy reads, from the host's lookup: one
     * call instead of a loop over {@link KnownHeader}. The lookup is asked once per known header,
     * by its {@linkplain KnownHeader#fieldName() canonical name}; it should match names without
     * regard to case, as every server framework's header lookup does.
     *
     * @param lookup the values of a header name as received, in order; empty (or null) when
     *     absent. Null values in it are ignored
     * @return this builder
     * @throws NullPointerException if {@code lookup} is null
     */
    public Builder headers(
        Function<String, ? extends @Nullable Iterable<? extends @Nullable String>> lookup) {
      Objects.requireNonNull(lookup, "lookup");
      for (KnownHeader header : HEADERS) {
        Iterable<? extends @Nullable String> values = lookup.apply(header.fieldName());
        if (values != null) {
          for (String value : values) {
            header(header, value);
          }
        }
      }
      return this;
    }

    /**
     * Adds one received value of a known header.
     *
     * @param header the header
     * @param value the field value, as received; null is ignored
     * @return this builder
     * @throws NullPointerException if {@code header} is null
     */
    public Builder header(KnownHeader header, @Nullable String value) {
      Objects.requireNonNull(header, "header");
      if (value != null) {
        headers.get(header.ordinal()).add(value);
      }
      return this;
    }

    /**
     * Sets the blocklist verdict.
     *
     * @param blocklist whether the client is on the host's blocklist
     * @return this builder
     * @throws NullPointerException if {@code blocklist} is null
     */
    public Builder blocklist(BlocklistStanding blocklist) {
      this.blocklist = Objects.requireNonNull(blocklist, "blocklist");
      return this;
    }

    /**
     * Sets the credentials verdict.
     *
     * @param credentials what the host found when it verified the credentials
     * @return this builder
     * @throws NullPointerException if {@code credentials} is null
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials");
      return this;
    }

    /**
     * Sets the quota usage, for hosts that count before admission (non-blocking hosts): count this
     * request for the claim {@link dev.statuspolicy.StatusPolicy#quotaFor} names on these facts,
     * in exactly its window, and pass the result here. A usage given here wins over the policy's
     * {@link dev.statuspolicy.QuotaCounter}, which is then not called. A usage counted for
     * another claim (another key, limit or window) is never compared: row {@code rate-limited}
     * fails and the request is answered 500 {@code internal-error}.
     *
     * <p>It replaces an earlier {@link #quotaUnknown()}.
     *
     * @param quota the usage, made with {@link dev.statuspolicy.QuotaClaim#usage}
     * @throws NullPointerException if {@code quota} is null
     * @return this builder
     */
    public Builder quota(QuotaUsage quota) {
      this.quota = Objects.requireNonNull(quota, "quota");
      this.quotaUnknown = false;
      return this;
    }

    /**
     * Says that the host tried to count this request before admission and its store could not
     * say: it is down, or slower than the host's timeout. The policy applies its {@link
     * dev.statuspolicy.QuotaOutage} (admit, or 503 with {@code Retry-After}) and does not call
     * its {@link dev.statuspolicy.QuotaCounter}. It replaces an earlier {@link
     * #quota(QuotaUsage)}.
     *
     * @return this builder
     */
    public Builder quotaUnknown() {
      this.quota = null;
      this.quotaUnknown = true;
      return this;
    }

    /**
     * Sets the transport.
     *
     * @param transport whether the request came over HTTP or HTTPS
     * @return this builder
     * @throws NullPointerException if {@code transport} is null
     */
    public Builder transport(Transport transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    /**
     * Sets the host's request id. It is echoed as the problem {@code instance} and in 5xx bodies
     * for support, after escaping and truncation.
     *
     * @param requestId the id; null for none
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** {@return the facts} The builder may be reused. */
    public RequestFacts build() {
      return new RequestFacts(this);
    }
  }
}
