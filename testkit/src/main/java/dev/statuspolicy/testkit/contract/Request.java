package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A generated request, as plain parts that jqwik can shrink and a person can read. {@link
 * #facts} turns it into the facts a host would hand over, its quota usage included, so that the
 * policy under test never has to count.
 *
 * @param method the method, as received
 * @param path the path, as received
 * @param query the query string without {@code ?}, as received
 * @param headers the request's header fields, in order
 * @param blocklist the host's blocklist verdict
 * @param credentials the host's credentials verdict
 * @param quota where the client's application stands against its quota
 * @param transport how the request arrived
 * @param requestId the host's request id; null for none
 */
public record Request(
    String method,
    String path,
    String query,
    List<Field> headers,
    BlocklistStanding blocklist,
    Credentials credentials,
    QuotaState quota,
    Transport transport,
    @Nullable String requestId) {

  /** Longest value {@link #toString} shows in full. */
  private static final int SHOWN = 60;

  /**
   * One header field.
   *
   * @param name the field name
   * @param value the value, as received
   */
  public record Field(String name, String value) {
    /**
     * Checks the parts.
     *
     * @param name the field name; not null
     * @param value the value; not null
     */
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Where the client's application stands against its quota. */
  public enum QuotaState {
    /** Within its quota. */
    UNDER,
    /** Over its quota. */
    OVER,
    /** The host could not count it (its store is down). */
    UNKNOWN
  }

  /**
   * Copies the headers.
   *
   * @param method the method; not null
   * @param path the path; not null
   * @param query the query string; not null
   * @param headers the header fields; copied
   * @param blocklist the blocklist verdict; not null
   * @param credentials the credentials verdict; not null
   * @param quota the quota standing; not null
   * @param transport the transport; not null
   * @param requestId the request id; null for none
   */
  public Request {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    headers = List.copyOf(headers);
    Objects.requireNonNull(blocklist, "blocklist");
    Objects.requireNonNull(credentials, "credentials");
    Objects.requireNonNull(quota, "quota");
    Objects.requireNonNull(transport, "transport");
  }

  /**
   * Returns a plain identified GET of a path and query.
   *
   * @param path the path
   * @param query the query string
   * @return the request, with a {@code User-Agent}, within its quota, over HTTPS
   */
  public static Request get(String path, String query) {
    return new Request("GET", path, query, List.of(new Field("User-Agent", CatalogSpace.AGENT)),
        BlocklistStanding.NOT_LISTED, Credentials.none(), QuotaState.UNDER, Transport.HTTPS, null);
  }

  /**
   * Builds the facts the host would hand over, quota usage included.
   *
   * @param policy the policy whose quota applies
   * @return the facts
   */
  public RequestFacts facts(StatusPolicy policy) {
    RequestFacts.Builder builder = RequestFacts.builder()
        .method(method).path(path).query(query)
        .blocklist(blocklist).credentials(credentials).transport(transport).requestId(requestId);
    for (Field field : headers) {
      builder.header(field.name(), field.value());
    }
    if (quota == QuotaState.UNKNOWN) {
      return builder.quotaUnknown().build();
    }
    RequestFacts facts = builder.build();
    var claim = policy.quotaFor(facts);
    long requests = quota == QuotaState.OVER ? claim.quota().requests() + 1 : 1;
    return facts.toBuilder().quota(claim.usage(requests, Duration.ofSeconds(1))).build();
  }

  /**
   * Returns a copy with another method.
   *
   * @param other the method
   * @return the copy
   */
  public Request withMethod(String other) {
    return new Request(other, path, query, headers, blocklist, credentials, quota, transport, requestId);
  }

  /**
   * Returns a copy with another query.
   *
   * @param other the query string
   * @return the copy
   */
  public Request withQuery(String other) {
    return new Request(method, path, other, headers, blocklist, credentials, quota, transport, requestId);
  }

  /**
   * Returns a copy with another blocklist verdict.
   *
   * @param other the verdict
   * @return the copy
   */
  public Request withBlocklist(BlocklistStanding other) {
    return new Request(method, path, query, headers, other, credentials, quota, transport, requestId);
  }

  /**
   * Returns a copy with another quota standing.
   *
   * @param other the standing
   * @return the copy
   */
  public Request withQuota(QuotaState other) {
    return new Request(method, path, query, headers, blocklist, credentials, other, transport, requestId);
  }

  /**
   * Returns a copy with other header fields.
   *
   * @param other the fields
   * @return the copy
   */
  public Request withHeaders(List<Field> other) {
    return new Request(method, path, query, other, blocklist, credentials, quota, transport, requestId);
  }

  /**
   * Returns a copy with one more header field, after the others.
   *
   * @param name the field name
   * @param value the value
   * @return the copy
   */
  public Request plus(String name, String value) {
    List<Field> more = new ArrayList<>(headers);
    more.add(new Field(name, value));
    return withHeaders(more);
  }

  /**
   * Returns a copy without the fields of a name, compared ignoring case.
   *
   * @param name the field name
   * @return the copy
   */
  public Request without(String name) {
    return withHeaders(headers.stream().filter(f -> !f.name().equalsIgnoreCase(name)).toList());
  }

  /** The request line, then the headers and the host's verdicts, each value shown escaped. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(160).append(shown(method)).append(' ').append(shown(path));
    if (!query.isEmpty()) {
      text.append('?').append(shown(query));
    }
    List<String> parts = new ArrayList<>();
    for (Field field : headers) {
      parts.add(shown(field.name()) + ": " + shown(field.value()));
    }
    if (blocklist != BlocklistStanding.NOT_LISTED) {
      parts.add("blocklist " + blocklist);
    }
    if (!(credentials instanceof Credentials.None)) {
      parts.add("credentials " + credentials);
    }
    if (quota != QuotaState.UNDER) {
      parts.add("quota " + quota.name().toLowerCase(java.util.Locale.ROOT));
    }
    if (transport != Transport.HTTPS) {
      parts.add("over " + transport);
    }
    if (requestId != null) {
      parts.add("request id " + shown(requestId));
    }
    return parts.isEmpty() ? text.toString() : text.append("  [").append(String.join("; ", parts))
        .append(']').toString();
  }

  /**
   * Shows a value on one line: controls and non-ASCII as {@code \\uXXXX}, long values cut.
   *
   * @param value any text
   * @return the text as shown
   */
  static String shown(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), SHOWN) + 16);
    int end = Math.min(value.length(), SHOWN);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    if (value.length() > SHOWN) {
      out.append("...(").append(value.length()).append(" characters)");
    }
    return out.toString();
  }
}
