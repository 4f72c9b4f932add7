package dev.statuspolicy.internal.render;

import dev.statuspolicy.decision.HttpStatus;

/**
 * The fixed {@code detail} of every 5xx body. A server fault is described by its status alone:
 * never by an exception's message or class, a host name, or anything a row put in its evidence,
 * since those can leak internals (OWASP ASVS V7.4.1). Support finds the cause in the host's logs,
 * by the request id the body carries.
 */
public final class ServerFaults {

  private ServerFaults() {}

  /**
   * Returns the generic detail for a server-side status.
   *
   * @param status a 5xx status
   * @return a fixed sentence
   */
  public static String detail(HttpStatus status) {
    return switch (status) {
      case BAD_GATEWAY ->
          "The server could not fetch the data for this request from the service behind it.";
      case SERVICE_UNAVAILABLE -> "The service cannot answer this request right now.";
      case GATEWAY_TIMEOUT -> "A service behind the server did not answer in time.";
      default -> "Something went wrong on the server while answering this request.";
    };
  }
}
