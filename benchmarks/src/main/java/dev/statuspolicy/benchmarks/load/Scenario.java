package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.benchmarks.Fixtures;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three requests of the load benchmark, all GETs of the micro benchmarks' product from an
 * identified application: a 200 with the backend's document, a 304 for the same document, and a
 * 400 with a problem+json body for three bad parameters.
 */
enum Scenario {
  /** A successful GET: the backend's document with its validators. */
  OK(200, Fixtures.GOOD_QUERY, "application/json", null),
  /** The same GET with {@code If-None-Match} naming the document's ETag. */
  NOT_MODIFIED(304, Fixtures.GOOD_QUERY, "application/json", Fixtures.ETAG),
  /** Three bad parameters, answered with a problem+json body. */
  BAD_REQUEST(400, Fixtures.BAD_QUERY, "application/problem+json", null);

  private final int status;
  private final String query;
  private final String accept;
  private final String ifNoneMatch;

  Scenario(int status, String query, String accept, String ifNoneMatch) {
    this.status = status;
    this.query = query;
    this.accept = accept;
    this.ifNoneMatch = ifNoneMatch;
  }

  /** {@return the status the policy must answer} */
  int status() {
    return status;
  }

  /** {@return the request target: the product's path and the query} */
  String target() {
    return Fixtures.PATH + "?" + query;
  }

  /** {@return the request headers a client sends, in order} */
  Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", Fixtures.AGENT);
    headers.put("Accept", accept);
    headers.put("X-Request-Id", Fixtures.REQUEST_ID);
    if (ifNoneMatch != null) {
      headers.put("If-None-Match", ifNoneMatch);
    }
    return headers;
  }
}
