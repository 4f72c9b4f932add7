package dev.statuspolicy.reference;

import dev.statuspolicy.decision.HttpStatus;

/** What each status means for the client that receives it, in the reference's words. */
final class StatusMeaning {

  private StatusMeaning() {}

  static String of(HttpStatus status) {
    return switch (status) {
      case OK -> "The request succeeded and the body holds the data. Keep it until the time in"
          + " Expires, and send Last-Modified back as If-Modified-Since (or the ETag as"
          + " If-None-Match) next time.";
      case NON_AUTHORITATIVE_INFORMATION -> "The request succeeded and the body holds valid data,"
          + " but the version you asked for is in beta or deprecated. Treat it as a success and"
          + " log a warning; never treat it as a failure. Conditional requests do not apply, so a"
          + " 203 always has a body.";
      case MOVED_PERMANENTLY -> "The API is served elsewhere (over HTTPS). Repeat the request at"
          + " the address in Location.";
      case NOT_MODIFIED -> "Your cached copy is still current. There is no body: keep using the"
          + " copy you have.";
      case BAD_REQUEST -> "The request is malformed: a parameter is missing, malformed, out of"
          + " range or repeated. The body names every parameter at fault. Do not retry unchanged.";
      case UNAUTHORIZED -> "The product is restricted and the request carried no valid"
          + " credentials. The WWW-Authenticate header says what to send.";
      case FORBIDDEN -> "The request is refused. X-ErrorClass says why. A blocked client, a"
          + " client that does not identify itself, and credentials without the needed scope are"
          + " refused whatever the parameters; coordinates more precise than the product allows"
          + " are refused until they are rounded.";
      case NOT_FOUND -> "There is nothing at this address: no such product, version or endpoint, a"
          + " retired version, or (for a valid request) no data to offer right now. X-ErrorClass"
          + " tells these apart.";
      case METHOD_NOT_ALLOWED -> "Only GET and HEAD are supported. The Allow header lists them."
          + " Browser preflight requests (OPTIONS) get 405 too, since preflights are not"
          + " supported: send simple GET requests, without custom headers.";
      case GONE -> "The version has reached its end of life and will not come back. Move to the"
          + " successor version.";
      case URI_TOO_LONG -> "The address (path and query string) is longer than the API reads."
          + " Send only the parameters the endpoint documents; do not retry unchanged.";
      case UNPROCESSABLE_ENTITY -> "The request is well formed, but the location is outside the"
          + " product's area, so the product cannot answer it.";
      case TOO_MANY_REQUESTS -> "Your application sent more requests than its limit allows. Wait"
          + " for Retry-After, then stay under the limit in RateLimit-Policy.";
      case CLIENT_CLOSED_REQUEST -> "Never received by a client: the client hung up before the"
          + " answer was ready, and the server records 499 in its logs only.";
      case INTERNAL_SERVER_ERROR -> "A fault on the server side, not in your request. Retry"
          + " later; report it with the request id if it persists.";
      case BAD_GATEWAY -> "The API could not fetch the data from its backend. Retry later.";
      case SERVICE_UNAVAILABLE -> "The product, or a source it depends on, is down, or your quota"
          + " could not be checked. Retry after Retry-After when it is given.";
      case GATEWAY_TIMEOUT -> "The backend took too long, usually under heavy load. Retry later,"
          + " backing off.";
    };
  }
}
