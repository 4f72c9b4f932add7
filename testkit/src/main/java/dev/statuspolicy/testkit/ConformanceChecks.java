package dev.statuspolicy.testkit;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Every check of the suite, against one server. Each sends raw HTTP/1.1 requests, has the {@link
 * Oracle} serve the same requests in-process, and requires the wire to carry the policy's answer
 * under the rules of {@link Comparison}.
 *
 * <p>They cover every status of the table a plain-HTTP conformance server can reach (200, 203,
 * 304, 400, 401, 403, 404, 405, 414, 422, 429, 499, 500, 502, 503, 504; the 301 of {@code
 * https-required} needs a policy that requires HTTPS and is covered by core's tests), HEAD next to
 * GET, the three error formats, and the places where frameworks are known to answer in the
 * policy's stead: their own 304s and ETag logic, OPTIONS and TRACE, decoding of the raw query,
 * Content-Length on HEAD and 304, and 499.
 */
public final class ConformanceChecks {

  /** The {@code User-Agent} of an identified application. */
  static final String AGENT = "ConformanceKit/1.0 conformance@statuspolicy.dev";

  private static final String BASE = "/weatherapi/conformance/";
  private static final String POINT = "lat=60.1&lon=10.7";
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private final URI base;
  private final ServerTraits traits;

  private ConformanceChecks(URI base, ServerTraits traits) {
    this.base = base;
    this.traits = traits;
  }

  /**
   * Returns every check against a server that serves {@link ConformanceApi} at {@code base}.
   *
   * @param base the server's address, such as {@code http://127.0.0.1:8080}
   * @param traits what the server may do differently
   * @return the checks, in a stable order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code base} is not an {@code http} URI with a host
   */
  public static List<Check> all(URI base, ServerTraits traits) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(traits, "traits");
    if (!"http".equals(base.getScheme()) || base.getHost() == null) {
      throw new IllegalArgumentException("base must be an http URI with a host, was " + base);
    }
    return new ConformanceChecks(base, traits).checks();
  }

  private List<Check> checks() {
    List<Check> checks = new ArrayList<>();
    // the statuses of the table
    same(checks, "200 for data, with the data's type and the policy's validators",
        get(BASE + "1.0/data?" + POINT));
    same(checks, "200 with the CORS headers for a browser script's Origin",
        get(BASE + "1.0/data?" + POINT, "Origin", "https://app.example.org"));
    same(checks, "203 for a beta version", get(BASE + "2.0/data?" + POINT));
    same(checks, "203 for a deprecated version, with Deprecation, Sunset and Link",
        get(BASE + "0.9/data?" + POINT));
    same(checks, "304 for a matching If-None-Match, without body or Content-Length",
        get(BASE + "1.0/data?" + POINT, "If-None-Match", ConformanceApi.ETAG));
    same(checks, "304 for If-Modified-Since at Last-Modified",
        get(BASE + "1.0/data?" + POINT, "If-Modified-Since",
            HTTP_DATE.format(ConformanceApi.LAST_MODIFIED)));
    same(checks, "400 for an invalid parameter, naming it", get(BASE + "1.0/data?lat=60.1&lon=east"));
    same(checks, "401 with a Bearer challenge when the token is missing",
        get("/weatherapi/restricted/1.0/data?" + POINT));
    same(checks, "401 for a token that is not valid",
        get("/weatherapi/restricted/1.0/data?" + POINT, "Authorization", "Bearer forged"));
    same(checks, "200 for a token with the product's scope",
        get("/weatherapi/restricted/1.0/data?" + POINT, "Authorization",
            "Bearer " + ConformanceApi.SCOPED_TOKEN));
    same(checks, "403 for a token without the product's scope",
        get("/weatherapi/restricted/1.0/data?" + POINT, "Authorization",
            "Bearer " + ConformanceApi.UNSCOPED_TOKEN));
    same(checks, "403 for a client that does not identify itself",
        request("GET", BASE + "1.0/data?" + POINT));
    same(checks, "403 for a blocked client",
        request("GET", BASE + "1.0/data?" + POINT, "User-Agent",
            ConformanceApi.BLOCKED_AGENT + "/2.0 bot@example.org"));
    same(checks, "403 for coordinates more precise than the product allows",
        get(BASE + "1.0/data?lat=60.12345&lon=10.7"));
    same(checks, "404 for an unknown product", get("/weatherapi/nosuch/1.0/data?" + POINT));
    same(checks, "404 for a retired version, naming its successor", get(BASE + "0.5/data?" + POINT));
    same(checks, "404 when the backend has no data", get(BASE + "1.0/nodata?" + POINT));
    same(checks, "404 for an empty document", get(BASE + "1.0/empty?" + POINT));
    for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "BREW")) {
      same(checks, "405 for " + method + ", with the policy's Allow",
          request(method, BASE + "1.0/data?" + POINT, "User-Agent", AGENT));
    }
    same(checks, "414 for a target longer than the policy accepts",
        get(BASE + "1.0/data?" + POINT + "&padding=" + "p".repeat(9_000)));
    same(checks, "422 for a point outside the product's coverage",
        get(BASE + "1.0/data?lat=-33.9&lon=18.4"));
    checks.add(new Check("429 once the application's quota is used, with Retry-After and RateLimit",
        this::quota));
    same(checks, "499 sends nothing when the client has gone", get(BASE + "1.0/closed?" + POINT));
    same(checks, "500 for an unexpected failure, telling nothing of it",
        get(BASE + "1.0/unexpected?" + POINT));
    same(checks, "500 for a backend that throws, telling nothing of the throw",
        get(BASE + "1.0/throws?" + POINT));
    same(checks, "502 when the backend failed", get(BASE + "1.0/failed?" + POINT));
    same(checks, "503 with Retry-After when the backend is down",
        get(BASE + "1.0/unavailable?" + POINT));
    same(checks, "503 for a version in maintenance", get(BASE + "1.5/data?" + POINT));
    same(checks, "504 when the backend timed out", get(BASE + "1.0/timeout?" + POINT));
    // HEAD beside GET
    head(checks, "HEAD of data: 200, GET's headers, GET's Content-Length or none, no body",
        BASE + "1.0/data?" + POINT);
    head(checks, "HEAD of a 404: GET's headers, no body", "/weatherapi/nosuch/1.0/data?" + POINT);
    head(checks, "HEAD of a 203: the lifecycle headers, no body", BASE + "0.9/data?" + POINT);
    same(checks, "HEAD with a matching If-None-Match: 304 without Content-Length",
        request("HEAD", BASE + "1.0/data?" + POINT, "User-Agent", AGENT,
            "If-None-Match", ConformanceApi.ETAG));
    // the error formats
    for (String accept : List.of("application/problem+json", "application/json", "text/html",
        "text/plain", "image/png")) {
      same(checks, "404 rendered for Accept: " + accept,
          get("/weatherapi/nosuch/1.0/data?" + POINT, "Accept", accept));
    }
    // where frameworks answer in the policy's stead
    same(checks, "a 203 stays 203 on a matching If-None-Match (no framework 304)",
        get(BASE + "2.0/data?" + POINT, "If-None-Match", ConformanceApi.ETAG));
    same(checks, "a future If-Modified-Since stays 200 (no framework 304)",
        get(BASE + "1.0/data?" + POINT, "If-Modified-Since",
            HTTP_DATE.format(ConformanceApi.NOW.plus(Duration.ofDays(1)))));
    same(checks, "If-None-Match: * is the policy's to answer",
        get(BASE + "1.0/data?" + POINT, "If-None-Match", "*"));
    malformed(checks, "a malformed escape in the query reaches the policy as it is",
        get(BASE + "1.0/data?lat=60.1&lon=%zz"));
    malformed(checks, "a lone percent sign at the end of the query reaches the policy as it is",
        get(BASE + "1.0/data?lat=60.1&lon=10.7%"));
    same(checks, "an encoded parameter name and a plus sign reach the policy as they are",
        get(BASE + "1.0/data?l%61t=60.1&lon=+10.7"));
    same(checks, "an unknown path outside the API is the policy's 404",
        get("/weatherapi/conformance/1.0/nosuch?" + POINT));
    return List.copyOf(checks);
  }

  private void quota() throws IOException {
    Oracle oracle = new Oracle();
    String agent = "ConformanceQuota-" + UUID.randomUUID() + "/1.0 quota@statuspolicy.dev";
    for (int i = 1; i <= ConformanceApi.LIMITED_REQUESTS + 1; i++) {
      RawHttp.Request request =
          request("GET", "/weatherapi/limited/1.0/data?" + POINT, "User-Agent", agent);
      Oracle.Expected expected = oracle.expect(request);
      compare("request " + i + " of " + (ConformanceApi.LIMITED_REQUESTS + 1), request, expected,
          RawHttp.exchange(base, request), -1);
      if (i == ConformanceApi.LIMITED_REQUESTS + 1 && expected.code() != 429) {
        throw new AssertionError("the conformance catalog must refuse request " + i + " with 429");
      }
    }
  }

  private void same(List<Check> checks, String name, RawHttp.Request request) {
    checks.add(new Check(name, () -> {
      Oracle.Expected expected = new Oracle().expect(request);
      long getLength = request.method().equals("HEAD")
          ? new Oracle().expect(asGet(request)).contentLength() : -1;
      compare(name, request, expected, RawHttp.exchange(base, request), getLength);
    }));
  }

  /**
   * A request with a malformed escape: the policy's answer, or, on a server declared not to pass
   * such queries on, any 400 of the server's own (never a 2xx or a 5xx).
   */
  private void malformed(List<Check> checks, String name, RawHttp.Request request) {
    if (traits.passesMalformedQueries()) {
      same(checks, name, request);
      return;
    }
    checks.add(new Check(name + " (or the server's own 400, as declared)", () -> {
      RawResponse wire = RawHttp.exchange(base, request);
      if (wire.code() != 400) {
        throw new AssertionError(name + ": a server that refuses malformed queries itself must"
            + " answer 400, not\n" + wire.describe());
      }
    }));
  }

  private void head(List<Check> checks, String name, String target) {
    same(checks, name, request("HEAD", target, "User-Agent", AGENT));
  }

  private void compare(String name, RawHttp.Request request, Oracle.Expected expected,
      RawResponse wire, long getLength) {
    List<String> problems = Comparison.differences(expected, wire, traits,
        request.method().equals("HEAD"), getLength);
    String secret = "conformance-secret";
    if (new String(wire.body(), StandardCharsets.UTF_8).contains(secret)
        || wire.headers().toString().contains(secret)) {
      problems.add("the response tells the backend's exception text");
    }
    if (!problems.isEmpty()) {
      StringBuilder message = new StringBuilder(name).append(": the server changed the policy's answer\n");
      for (String problem : problems) {
        message.append("  - ").append(problem).append('\n');
      }
      message.append("request: ").append(request.method()).append(' ')
          .append(request.target().length() > 200 ? request.target().substring(0, 200) + "..." : request.target())
          .append(' ').append(request.headers()).append('\n')
          .append("policy: ").append(expected.code()).append(' ').append(expected.reason())
          .append(' ').append(expected.headers()).append('\n')
          .append("wire:\n").append(wire.describe());
      throw new AssertionError(message.toString());
    }
  }

  private static RawHttp.Request asGet(RawHttp.Request head) {
    List<RawResponse.Field> headers = new ArrayList<>();
    for (RawResponse.Field field : head.headers()) {
      if (!field.name().equalsIgnoreCase("If-None-Match")
          && !field.name().equalsIgnoreCase("If-Modified-Since")) {
        headers.add(field);
      }
    }
    return new RawHttp.Request("GET", head.target(), headers);
  }

  private static RawHttp.Request get(String target, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "User-Agent";
    all[1] = AGENT;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return request("GET", target, all);
  }

  private static RawHttp.Request request(String method, String target, String... headers) {
    List<RawResponse.Field> fields = new ArrayList<>();
    for (int i = 0; i < headers.length; i += 2) {
      fields.add(new RawResponse.Field(headers[i], headers[i + 1]));
    }
    return new RawHttp.Request(method, target, List.copyOf(fields));
  }
}
