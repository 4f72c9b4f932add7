package dev.statuspolicy.benchmarks.alternatives;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.benchmarks.Fixtures;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.StandardRow;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a careful team writes by hand instead of the policy: an if/else chain making the same
 * decisions, in the same order, with the same texts, for the product of {@link Fixtures}. It
 * validates without exceptions and checks the same polygon, so the alternatives differ only in
 * how they produce the problem body: that is the one abstract method.
 *
 * <p>It covers the cases measured (405, 403, 429, 404 for unknown paths, 400, precision, 422,
 * 503, 304, 200) and nothing more: no HTML or text bodies, no HEAD, no 401, no lifecycle.
 */
public abstract class HandWrittenApi {

  /** The quota's limit, as the problem's {@code limit} member reports it. */
  protected record Limit(String policy, long requests, long windowSeconds) {
    /** The problem member, as a map for JSON libraries. */
    Map<String, Object> member() {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("policy", policy);
      member.put("requests", requests);
      member.put("windowSeconds", windowSeconds);
      return member;
    }
  }

  /** The coverage, as the problem's {@code coverage} member reports it. */
  protected record CoverageInfo(String description, double south, double west, double north, double east) {
    /** The problem member, as a map for JSON libraries. */
    Map<String, Object> member() {
      Map<String, Object> member = new LinkedHashMap<>();
      member.put("description", description);
      member.put("south", south);
      member.put("west", west);
      member.put("north", north);
      member.put("east", east);
      return member;
    }
  }

  private static final String BASE = "/weatherapi/";
  private static final long LIMIT = 20;
  private static final Limit QUOTA = new Limit("default", LIMIT, 1);
  private static final List<String> ALLOWED = List.of("GET", "HEAD");
  /** The policy's fixed detail for a 503 (its {@code ServerFaults}). */
  private static final String SERVER_DETAIL = "The service cannot answer this request right now.";

  private final Set<String> generic = new HashSet<>();
  private final double[] xs;
  private final double[] ys;
  private final CoverageInfo coverage;
  private final Instant lastModifiedAt = Instant.parse("2026-11-25T11:55:00Z");
  private final Instant expiresAt = Instant.parse("2026-11-25T12:05:00Z");

  /** Prepares the chain for the Nordic ring of {@link Fixtures}. */
  protected HandWrittenApi() {
    for (String name : StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS) {
      generic.add(name.toLowerCase(Locale.ROOT));
    }
    List<GeoPoint> ring = Fixtures.nordicRing();
    xs = new double[ring.size()];
    ys = new double[ring.size()];
    double s = 90;
    double n = -90;
    double w = 180;
    double e = -180;
    for (int i = 0; i < ring.size(); i++) {
      xs[i] = ring.get(i).longitude();
      ys[i] = ring.get(i).latitude();
      s = Math.min(s, ys[i]);
      n = Math.max(n, ys[i]);
      w = Math.min(w, xs[i]);
      e = Math.max(e, xs[i]);
    }
    coverage = new CoverageInfo("a polygon of " + ring.size() + " vertices within latitude " + s + " to "
        + n + ", longitude " + w + " to " + e, s, w, n, e);
  }

  /** Handles one request: the whole chain, then the backend's answer. */
  public Response handle(RawRequest request, BackendResult backend) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      return error(new Response(405).header("Allow", "GET, HEAD"), StandardRow.METHOD_NOT_ALLOWED,
          "The method " + request.method() + " is not supported; only GET and HEAD are.", request,
          null, ALLOWED, -1, null, null);
    }
    String agent = request.userAgent();
    if (agent == null || agent.isBlank() || generic.contains(firstProduct(agent))) {
      String why = agent == null ? "The request has no User-Agent header"
          : agent.isBlank() ? "The User-Agent header is blank"
          : "The User-Agent header names only a generic HTTP library";
      return error(new Response(403), StandardRow.CLIENT_UNIDENTIFIED,
          why + ", so it does not identify an application.", request, null, null, -1, null, null);
    }
    if (request.requestsThisSecond() > LIMIT) {
      long reset = Math.max(1, (request.resetMillis() + 999) / 1000);
      Response response = new Response(429)
          .header("Retry-After", Long.toString(reset))
          .header("RateLimit-Policy", "\"default\";q=" + LIMIT + ";w=1")
          .header("RateLimit", "\"default\";r=0;t=" + reset)
          .header("Cache-Control", "no-store");
      return error(response, StandardRow.RATE_LIMITED, "This application has "
          + request.requestsThisSecond() + " requests counted in the current window, over its"
          + " limit of " + LIMIT + " requests per second.",
          request, null, null, reset, QUOTA, null);
    }
    String path = request.path();
    String[] parts = path.startsWith(BASE) ? path.substring(BASE.length()).split("/") : new String[0];
    if (parts.length != 3 || !parts[0].equals(Fixtures.PRODUCT)
        || !(parts[1].equals("2.0") || parts[1].equals("_")) || !parts[2].equals("complete")) {
      return error(new Response(404), StandardRow.PRODUCT_UNKNOWN,
          "The path does not name a product, version and endpoint of this API.", request, null,
          null, -1, null, null);
    }
    String lat = null;
    String lon = null;
    String altitude = null;
    for (String pair : request.query().split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      switch (name) {
        case "lat" -> lat = value;
        case "lon" -> lon = value;
        case "altitude" -> altitude = value;
        default -> { }
      }
    }
    List<BadParameter> errors = new ArrayList<>(3);
    double latitude = decimal("lat", lat, -90, 90, errors);
    double longitude = decimal("lon", lon, -180, 180, errors);
    if (altitude != null) {
      if (!isInteger(altitude)) {
        errors.add(new BadParameter("altitude", altitude,
            "is not an integer (expected an integer from -500 to 9000)"));
      } else {
        long metres = Long.parseLong(altitude);
        if (metres < -500 || metres > 9000) {
          errors.add(new BadParameter("altitude", altitude,
              "is out of range (expected an integer from -500 to 9000)"));
        }
      }
    }
    if (errors.isEmpty() && (decimals(lat) > 4 || decimals(lon) > 4)) {
      return error(new Response(403), StandardRow.COORDINATES_TOO_PRECISE,
          "Coordinates may have at most 4 decimals.", request, null, null, -1, null, null);
    }
    if (!errors.isEmpty()) {
      return error(new Response(400), StandardRow.PARAMETER_INVALID, errors.size() == 1
          ? "Parameter " + errors.get(0).parameter() + " is not valid."
          : errors.size() + " parameters are not valid.", request, errors, null, -1, null, null);
    }
    if (!inside(latitude, longitude)) {
      return error(new Response(422), StandardRow.OUTSIDE_COVERAGE, "The location " + lat + ", " + lon
          + " is outside the area of product " + Fixtures.PRODUCT + ", which covers "
          + coverage.description() + ".", request, null, null, -1, null, coverage);
    }
    if (!backend.available()) {
      Response response = new Response(503)
          .header("Retry-After", Long.toString(backend.retryAfterSeconds()))
          .header("Cache-Control", "no-store");
      return error(response, StandardRow.BACKEND_UNAVAILABLE, SERVER_DETAIL, request, null, null,
          backend.retryAfterSeconds(), null, null);
    }
    if (Fixtures.ETAG.equals(request.ifNoneMatch())) {
      return new Response(304)
          .header("ETag", Fixtures.ETAG)
          .header("Expires", httpDate(expiresAt));
    }
    return new Response(200)
        .header("ETag", Fixtures.ETAG)
        .header("Last-Modified", httpDate(lastModifiedAt))
        .header("Expires", httpDate(expiresAt));
  }

  /** Formats a date the way most hand-written code does, with the JDK's RFC 1123 formatter. */
  private static String httpDate(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  private Response error(Response response, StandardRow row, String detail, RawRequest request,
      @Nullable List<BadParameter> errors, @Nullable List<String> allowed, long retryAfter,
      @Nullable Limit limit, @Nullable CoverageInfo coverage) {
    RowDefinition definition = row.definition();
    String id = definition.id().value();
    String body = problem(response.status(), Fixtures.TYPE_BASE + id, id, definition.title(), detail,
        definition.advice(), request.requestId(), errors, allowed, retryAfter, limit, coverage);
    return response
        .header("X-ErrorClass", id)
        .header("Content-Type", "application/problem+json;charset=utf-8")
        .header("X-Content-Type-Options", "nosniff")
        .header("Vary", "Accept")
        .body(body);
  }

  /**
   * Renders the problem+json body: the only thing the alternatives do differently.
   *
   * @param retryAfter seconds, or -1 for none
   */
  protected abstract String problem(int status, String type, String row, String title, String detail,
      String advice, String instance, @Nullable List<BadParameter> errors,
      @Nullable List<String> allowedMethods, long retryAfter, @Nullable Limit limit,
      @Nullable CoverageInfo coverage);

  private String firstProduct(String agent) {
    int end = 0;
    while (end < agent.length() && agent.charAt(end) != '/' && agent.charAt(end) != ' ') {
      end++;
    }
    return agent.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static double decimal(String name, @Nullable String value, double min, double max,
      List<BadParameter> errors) {
    String expected = " (expected a decimal number from " + (long) min + " to " + (long) max + ")";
    if (value == null) {
      errors.add(new BadParameter(name, "", "is required" + expected));
      return Double.NaN;
    }
    if (!isDecimal(value)) {
      errors.add(new BadParameter(name, value, "is not a decimal number" + expected));
      return Double.NaN;
    }
    double parsed = Double.parseDouble(value);
    if (parsed < min || parsed > max) {
      errors.add(new BadParameter(name, value, "is out of range" + expected));
      return Double.NaN;
    }
    return parsed;
  }

  private static boolean isDecimal(String value) {
    int i = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    int digits = 0;
    int dots = 0;
    for (; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c >= '0' && c <= '9') {
        digits++;
      } else {
        return false;
      }
    }
    return digits > 0 && dots <= 1 && value.length() <= 64 && !value.endsWith(".");
  }

  private static boolean isInteger(String value) {
    int i = !value.isEmpty() && (value.charAt(0) == '-' || value.charAt(0) == '+') ? 1 : 0;
    if (i >= value.length() || value.length() > 18) {
      return false;
    }
    for (; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int decimals(@Nullable String value) {
    int dot = value == null ? -1 : value.indexOf('.');
    return dot < 0 ? 0 : value.length() - dot - 1;
  }

  private boolean inside(double y, double x) {
    boolean inside = false;
    for (int i = 0, j = xs.length - 1; i < xs.length; j = i++) {
      if ((ys[i] > y) != (ys[j] > y) && x < xs[i] + (y - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i])) {
        inside = !inside;
      }
    }
    return inside;
  }
}
