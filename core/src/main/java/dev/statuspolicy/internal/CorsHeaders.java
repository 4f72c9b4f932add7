package dev.statuspolicy.internal;

import dev.statuspolicy.AllowedOrigins;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The CORS headers of one policy, made once: {@code Access-Control-Allow-Origin} for each
 * configured origin, {@code Access-Control-Expose-Headers}, and {@code Vary: Origin} when the
 * answer depends on the request's origin. A request is only ever given one of these objects, so
 * no text of its own reaches a header, and the common {@code *} case allocates nothing.
 */
final class CorsHeaders {

  private static final Header EXPOSE = new Header("Access-Control-Expose-Headers",
      String.join(", ", AllowedOrigins.EXPOSED_HEADERS));
  private static final Header VARY_ORIGIN = new Header("Vary", "Origin");

  private final AllowedOrigins allowed;
  private final List<String> values;
  private final List<Header> allowHeaders;
  /** For each of {@link #allowHeaders}, the CORS headers alone; the last one without an origin. */
  private final List<List<Header>> alone;
  /** The header every response carries, for {@code *} and a fixed origin; null otherwise. */
  private final @Nullable Header constant;

  CorsHeaders(AllowedOrigins allowed) {
    this.allowed = allowed;
    this.values = allowed.isAny() ? List.of("*") : allowed.origins();
    List<Header> headers = new ArrayList<>(values.size());
    List<List<Header>> lists = new ArrayList<>(values.size() + 1);
    for (String value : values) {
      Header header = new Header("Access-Control-Allow-Origin", value);
      headers.add(header);
      lists.add(list(header));
    }
    lists.add(list(null));
    this.allowHeaders = List.copyOf(headers);
    this.alone = List.copyOf(lists);
    this.constant = allowed.allowOriginFor(null) != null ? allowHeaders.get(0) : null;
  }

  private List<Header> list(@Nullable Header allowOrigin) {
    List<Header> list = new ArrayList<>(3);
    append(list, allowOrigin, true);
    return List.copyOf(list);
  }

  /** Returns whether responses carry {@code Vary: Origin}. */
  boolean variesByOrigin() {
    return allowed.variesByOrigin();
  }

  /**
   * Returns the {@code Access-Control-Allow-Origin} of this request, one of the headers made in
   * advance, or null when none is sent.
   */
  @Nullable Header allowOrigin(RequestFacts facts) {
    if (constant != null) {
      return constant;
    }
    List<String> origins = facts.values(KnownHeader.ORIGIN);
    String value = allowed.allowOriginFor(origins.size() == 1 ? origins.get(0) : null);
    return value == null ? null : allowHeaders.get(values.indexOf(value));
  }

  /**
   * Appends {@code Vary: Origin} (when wanted and the answer varies), the allowed origin (when
   * there is one) and the exposed headers; nothing at all when CORS is off.
   */
  void append(List<Header> headers, @Nullable Header allowOrigin, boolean vary) {
    if (allowed.isNone()) {
      return;
    }
    if (vary && allowed.variesByOrigin()) {
      headers.add(VARY_ORIGIN);
    }
    if (allowOrigin != null) {
      headers.add(allowOrigin);
    }
    headers.add(EXPOSE);
  }

  /** Returns the CORS headers alone, as {@link #append} writes them, made in advance. */
  List<Header> alone(@Nullable Header allowOrigin) {
    int at = allowOrigin == null ? allowHeaders.size() : allowHeaders.indexOf(allowOrigin);
    return alone.get(at);
  }
}
