package dev.statuspolicy.table;

import static dev.statuspolicy.table.Phase.ADMISSION;
import static dev.statuspolicy.table.Phase.RESPONSE;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.rows.AccessDenied;
import dev.statuspolicy.internal.rows.BackendFailed;
import dev.statuspolicy.internal.rows.BackendTimeout;
import dev.statuspolicy.internal.rows.BackendUnavailable;
import dev.statuspolicy.internal.rows.ClientBlocked;
import dev.statuspolicy.internal.rows.ClientClosedRequest;
import dev.statuspolicy.internal.rows.ClientUnidentified;
import dev.statuspolicy.internal.rows.CoordinatesTooPrecise;
import dev.statuspolicy.internal.rows.CredentialsRequired;
import dev.statuspolicy.internal.rows.HttpsRequired;
import dev.statuspolicy.internal.rows.InternalError;
import dev.statuspolicy.internal.rows.MethodNotAllowed;
import dev.statuspolicy.internal.rows.NoData;
import dev.statuspolicy.internal.rows.NotModified;
import dev.statuspolicy.internal.rows.Ok;
import dev.statuspolicy.internal.rows.OutsideCoverage;
import dev.statuspolicy.internal.rows.ParameterInvalid;
import dev.statuspolicy.internal.rows.ProductUnavailable;
import dev.statuspolicy.internal.rows.ProductUnknown;
import dev.statuspolicy.internal.rows.QuotaUnknown;
import dev.statuspolicy.internal.rows.RateLimited;
import dev.statuspolicy.internal.rows.RowLogic;
import dev.statuspolicy.internal.rows.TargetTooLong;
import dev.statuspolicy.internal.rows.VersionBeta;
import dev.statuspolicy.internal.rows.VersionDeprecated;
import dev.statuspolicy.internal.rows.VersionRetired;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The 25 standard rows, in their default order. The first row that fires decides. Admission rows
 * (1, 2, 2a, 3 to 5, 5a, 6 to 13) run before the backend call; response rows (14 to 23) run on its
 * outcome. The numbers are those of the design's table, where {@code target-too-long} was added as
 * 2a and {@code quota-unknown} as 5a, so that the rows known by number (row 5 for quota, row 15 for
 * internal errors) keep them.
 *
 * <p>Each constant is the single definition of its row: id, phase, statuses, question, title,
 * advice and the seed sentence it implements. The evaluation, the trace, {@code X-ErrorClass},
 * the problem types and the generated reference all read it from here.
 */
public enum StandardRow implements Rule {
  /** 1. Plain HTTP when the policy requires HTTPS: 301 to the HTTPS address. Off by default. */
  HTTPS_REQUIRED(
      "https-required", ADMISSION, List.of(HttpStatus.MOVED_PERMANENTLY),
      "Did the request come over plain HTTP while the policy requires HTTPS?",
      "HTTPS required",
      "Repeat the request at the address in Location, over HTTPS, and use HTTPS from now on.",
      null,
      new HttpsRequired()),
  /** 2. The host's blocklist bans the client: 403, and nothing else is revealed. */
  CLIENT_BLOCKED(
      "client-blocked", ADMISSION, List.of(HttpStatus.FORBIDDEN),
      "Is the client on the host's blocklist?",
      "Client blocked",
      "Your access has been withdrawn for breaking the terms of service. Read the terms, fix the"
          + " cause, and contact the API's support to be let back in.",
      "403 Forbidden: This usually means you have been blacklisted due to a violation of our"
          + " Terms of Service.",
      new ClientBlocked()),
  /**
   * 2a. The raw request target (path, {@code ?} and query string) is longer than {@link
   * dev.statuspolicy.PolicyConfig#maxTargetLength()}: 414, before anything reads the query.
   */
  TARGET_TOO_LONG(
      "target-too-long", ADMISSION, List.of(HttpStatus.URI_TOO_LONG),
      "Is the request target (path and query string) longer than the policy reads?",
      "Request target too long",
      "Shorten the address: send only the parameters the endpoint documents, each once, and keep"
          + " the path and query string under the limit the detail names.",
      "Other 4XX-codes may be added in the future to differentiate errors.",
      new TargetTooLong()),
  /** 3. Any method but GET and HEAD: 405 with {@code Allow}. */
  METHOD_NOT_ALLOWED(
      "method-not-allowed", ADMISSION, List.of(HttpStatus.METHOD_NOT_ALLOWED),
      "Is the method anything other than GET or HEAD?",
      "Method not allowed",
      "Send the request again as GET (or HEAD for the headers only). Parameters go in the query"
          + " string, never in a request body.",
      "405 Method Not Allowed: You are probable sending POST requests, which is not allowed.",
      new MethodNotAllowed()),
  /** 4. A strict product, and no usable identification: 403. */
  CLIENT_UNIDENTIFIED(
      "client-unidentified", ADMISSION, List.of(HttpStatus.FORBIDDEN),
      "Is the product (or, for an unknown path, the site) strict, and does the request lack a"
          + " usable User-Agent, Origin or Referer?",
      "Client not identified",
      "Name your application in the User-Agent header, with a version and a way to reach you,"
          + " such as 'AcmeWeather/1.2 support@acme.example'. A generic library name such as"
          + " okhttp or curl on its own does not count. A web page is identified by its site,"
          + " which the browser sends in Origin or Referer.",
      "On newer products like Locationforecast/2.0 it can also mean that you have been denied"
          + " service because of failure to identify yourself in the User-Agent header.",
      new ClientUnidentified()),
  /** 5. Usage over the applicable quota: 429 with the rate-limit headers. */
  RATE_LIMITED(
      "rate-limited", ADMISSION, List.of(HttpStatus.TOO_MANY_REQUESTS),
      "Is the application's usage over the applicable limit (per identified application, or the"
          + " far lower one for unidentified clients of lenient products; a product may set its"
          + " own)?",
      "Too many requests",
      "Slow down: wait for the number of seconds in Retry-After, then keep under the limit in"
          + " RateLimit-Policy. Cache responses until their Expires time instead of asking again."
          + " Clients that do not name their application in User-Agent share a much lower limit,"
          + " so identify yours. Ask the API's owners for an agreement if you need more.",
      "429 Too Many Requests: The 429 status code indicates that the user has sent too many"
          + " requests in a given amount of time (\"rate limiting\").",
      new RateLimited()),
  /**
   * 5a. The usage could not be counted (the host's quota store down, or slower than its timeout)
   * and the policy fails closed: 503 with {@code Retry-After}. Under fail-open (the default) the
   * row passes, and the trace keeps that the request was admitted uncounted.
   */
  QUOTA_UNKNOWN(
      "quota-unknown", ADMISSION, List.of(HttpStatus.SERVICE_UNAVAILABLE),
      "Could the usage not be counted (the quota store down, or slower than its timeout), while"
          + " the policy fails closed?",
      "Quota unknown",
      "Your request was not served because its quota could not be checked just now, which is a"
          + " fault on our side. Try again after the number of seconds in Retry-After.",
      null,
      new QuotaUnknown()),
  /** 6. No product, version or endpoint matches the path: 404. */
  PRODUCT_UNKNOWN(
      "product-unknown", ADMISSION, List.of(HttpStatus.NOT_FOUND),
      "Does the path fail to name a product, version and endpoint of the catalog?",
      "No such product, version or endpoint",
      "Check the path against the product documentation: /{product}/{version}/{endpoint}, where"
          + " '_' as the version means the current one.",
      null,
      new ProductUnknown()),
  /**
   * 7. The version is past its end of life (its retirement date or its sunset reached): 404, or
   * 410 by option, with the successor.
   */
  VERSION_RETIRED(
      "version-retired", ADMISSION, List.of(HttpStatus.NOT_FOUND, HttpStatus.GONE),
      "Is the version past its end of life?",
      "Version retired",
      "This version is no longer served. Move to the successor version named in the Link header"
          + " and in the product's change log.",
      "Deprecated products are EOL's after a certain period of time - this date should be listed"
          + " in the product change log.",
      new VersionRetired()),
  /** 8. The version is in maintenance, or not configured: 503. */
  PRODUCT_UNAVAILABLE(
      "product-unavailable", ADMISSION, List.of(HttpStatus.SERVICE_UNAVAILABLE),
      "Is the version in maintenance, or not configured on this deployment?",
      "Product unavailable",
      "The product is down on our side. Try again after the number of seconds in Retry-After,"
          + " or later if there is none.",
      "503 Service Unavailable: The service is currently not operational or functioning"
          + " properly. Examples include a radar site being down, or a service is not configured.",
      new ProductUnavailable()),
  /** 9. A restricted product and no valid credentials: 401 with a Bearer challenge. */
  CREDENTIALS_REQUIRED(
      "credentials-required", ADMISSION, List.of(HttpStatus.UNAUTHORIZED),
      "Is the product restricted while the request carries no valid credentials?",
      "Credentials required",
      "This product is restricted. Send a valid access token in the Authorization header, as the"
          + " WWW-Authenticate challenge describes; get a new token if yours has expired.",
      "401 Unauthorized: This indicates that you are trying to access a resource which you are"
          + " not authorized to.",
      new CredentialsRequired()),
  /** 10. Valid credentials without the product's scope: 403. */
  ACCESS_DENIED(
      "access-denied", ADMISSION, List.of(HttpStatus.FORBIDDEN),
      "Do the valid credentials lack the scope the product requires?",
      "Access denied",
      "Your credentials are valid but do not grant this product's scope. Ask for access to the"
          + " product, then use a token that carries the scope.",
      "Typical examples would be restricted products (e.g. satellite images) or administrative"
          + " services.",
      new AccessDenied()),
  /** 11. More decimals in lat/lon than the product allows: 403 or 400 by product option. */
  COORDINATES_TOO_PRECISE(
      "coordinates-too-precise", ADMISSION, List.of(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST),
      "Do lat or lon carry more decimals than the product allows?",
      "Coordinates too precise",
      "Round lat and lon to at most the number of decimals allowed (4 decimals is about 10"
          + " metres). More precision gives the same forecast and defeats caching.",
      null,
      new CoordinatesTooPrecise()),
  /** 12. A parameter is missing, malformed, out of range, repeated or not UTF-8: 400. */
  PARAMETER_INVALID(
      "parameter-invalid", ADMISSION, List.of(HttpStatus.BAD_REQUEST),
      "Is any parameter missing, malformed, out of range, repeated or not UTF-8?",
      "Invalid parameters",
      "Correct every parameter listed, each as its expected form says, and send the request"
          + " again. Parameters are separated by '&' and encoded as UTF-8.",
      "400 Bad Request: On error, the HTTP status code \"400 Bad request\" is returned along with"
          + " an error message formatted as HTML.",
      new ParameterInvalid()),
  /** 13. A valid location outside the product's area: 422, or 404 for legacy endpoints. */
  OUTSIDE_COVERAGE(
      "outside-coverage", ADMISSION, List.of(HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.NOT_FOUND),
      "Is the location valid but outside the product's area?",
      "Location outside coverage",
      "This product has no model for that location. Choose a point inside its area, or use a"
          + " product with global coverage.",
      "E.g when you specify a location outside the supported geographical area for the product.",
      new OutsideCoverage()),
  /** 14. The client hung up: 499 for the logs; nothing is sent. */
  CLIENT_CLOSED_REQUEST(
      "client-closed-request", RESPONSE, List.of(HttpStatus.CLIENT_CLOSED_REQUEST),
      "Did the client close the connection before the response?",
      "Client closed request",
      "Nothing to do for the client, which is gone; a client that sees this in logs timed out"
          + " too early.",
      "499 Client Closed Request: The HTTP status code \"499 Client Closed Request\" is actually"
          + " a client error, indicating that the client terminated the connection before the"
          + " response was finished (presumably due to a timeout).",
      new ClientClosedRequest()),
  /** 15. An unexpected failure, or a row that threw: 500. */
  INTERNAL_ERROR(
      "internal-error", RESPONSE, List.of(HttpStatus.INTERNAL_SERVER_ERROR),
      "Is the outcome an unexpected failure (or did a row itself fail)?",
      "Internal error",
      "This is a fault on our side. Try again later; if it persists, report it with the request"
          + " id so that support can find it.",
      "500 Internal Server Error: An unspecified error in the API itself.",
      new InternalError()),
  /** 16. The backend took too long: 504. */
  BACKEND_TIMEOUT(
      "backend-timeout", RESPONSE, List.of(HttpStatus.GATEWAY_TIMEOUT),
      "Did the backend take too long?",
      "Backend timeout",
      "The backend is slow, usually under heavy traffic. Try again in a little while, backing"
          + " off between attempts.",
      "504 Gateway Time-out: Some backend service took to long to respond to the API.",
      new BackendTimeout()),
  /** 17. The backend is not operational: 503, with {@code Retry-After} when known. */
  BACKEND_UNAVAILABLE(
      "backend-unavailable", RESPONSE, List.of(HttpStatus.SERVICE_UNAVAILABLE),
      "Is the backend not operational (a radar site down, for instance)?",
      "Backend unavailable",
      "A source this product depends on is down. Try again after the number of seconds in"
          + " Retry-After, or later if there is none.",
      "Examples include a radar site being down, or a service is not configured.",
      new BackendUnavailable()),
  /** 18. The data could not be fetched: 502. */
  BACKEND_FAILED(
      "backend-failed", RESPONSE, List.of(HttpStatus.BAD_GATEWAY),
      "Could the data not be fetched (disk, internal web service, data unexpectedly missing)?",
      "Backend failed",
      "The data could not be fetched on our side. Try again later; if it persists, report it with"
          + " the request id.",
      "502 Bad Gateway: The API could not fetch data from the backend, either from disk or one of"
          + " several internal webservices.",
      new BackendFailed()),
  /** 19. Nothing to offer, where empty means no data: 404. */
  NO_DATA(
      "no-data", RESPONSE, List.of(HttpStatus.NOT_FOUND),
      "Does the handler have nothing to offer, for a product where empty means no data?",
      "No data",
      "The request is valid, but there is no data for it right now. Try another time or place;"
          + " do not retry in a tight loop.",
      "If the request is OK as such, but the product handler does not have any data to offer, you"
          + " will normally receive a \"404\" code.",
      new NoData()),
  /**
   * 20. A version served with 200 (stable, or its deprecation or retirement still ahead) and a
   * matching validator: 304, announcing that end as the 200 would.
   */
  NOT_MODIFIED(
      "not-modified", RESPONSE, List.of(HttpStatus.NOT_MODIFIED),
      "Is this a GET or HEAD of a version served with 200 (stable, or with its deprecation or"
          + " retirement still ahead), with If-None-Match or If-Modified-Since matching the data?",
      "Not modified",
      "Keep using your cached copy until its Expires time.",
      "Client Side Caching is supported on our API servers, and requires the use of the"
          + " if-modified-since directive to be sent in the client request header.",
      new NotModified()),
  /**
   * 21. A deprecated version, from its deprecation date to its sunset: 203 with {@code
   * Deprecation}, {@code Sunset} and {@code Link}.
   */
  VERSION_DEPRECATED(
      "version-deprecated", RESPONSE, List.of(HttpStatus.NON_AUTHORITATIVE_INFORMATION),
      "Is the version deprecated, its deprecation date reached and its sunset not?",
      "Version deprecated",
      "The data is valid, but this version is going away on the Sunset date. Log a warning,"
          + " do not fail, and move to the successor version before then.",
      "203 Non-Authorative Information: The product version you are attempting to use is"
          + " deprecated or in beta, and should not be used in production (yet).",
      new VersionDeprecated()),
  /** 22. A beta version: 203. */
  VERSION_BETA(
      "version-beta", RESPONSE, List.of(HttpStatus.NON_AUTHORITATIVE_INFORMATION),
      "Is the version in beta?",
      "Version in beta",
      "The data is valid, but this version may still change. Log a warning rather than fail, and"
          + " do not rely on it in production yet.",
      "The product version you are attempting to use is deprecated or in beta, and should not be"
          + " used in production (yet).",
      new VersionBeta()),
  /**
   * 23. Everything else: 200, with the validators when known, and the {@code Deprecation},
   * {@code Sunset} and {@code Link} of a deprecation or retirement dated in the future.
   */
  OK(
      "ok", RESPONSE, List.of(HttpStatus.OK),
      "Is everything in order (including an empty document where empty is meaningful)?",
      "OK",
      "Use the data, and cache it until its Expires time.",
      "200 OK: On success, the appropriate data will be returned with the HTTP status code \"200"
          + " OK\".",
      new Ok());

  private final RowDefinition definition;
  private final RowLogic logic;

  StandardRow(
      String id,
      Phase phase,
      List<HttpStatus> statuses,
      String question,
      String title,
      String advice,
      @Nullable String seed,
      RowLogic logic) {
    this.definition = new RowDefinition(RowId.of(id), phase, statuses, question, title, advice, seed);
    this.logic = logic;
  }

  /** {@return the row's stable id} */
  public RowId id() {
    return definition.id();
  }

  @Override
  public RowDefinition definition() {
    return definition;
  }

  @Override
  public Finding evaluate(RuleContext context) {
    return logic.evaluate(context);
  }

  /**
   * Finds a standard row by id.
   *
   * @param id the id, such as {@code rate-limited}
   * @return the row, or null when no standard row has that id
   */
  public static @Nullable StandardRow byId(String id) {
    for (StandardRow row : values()) {
      if (row.definition.id().value().equals(id)) {
        return row;
      }
    }
    return null;
  }
}
