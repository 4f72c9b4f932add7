package dev.statuspolicy.decision;

import org.jspecify.annotations.Nullable;

/**
 * The fixed set of statuses the policy can decide. Extensions may not add others: clients and the
 * generated reference rely on this list being complete.
 */
public enum HttpStatus {
  /** Success: the host writes the backend's data. */
  OK(200, "OK"),
  /** The data, from a deprecated or beta version. MET's spelling of the reason is kept out. */
  NON_AUTHORITATIVE_INFORMATION(203, "Non-Authoritative Information"),
  /** Plain HTTP, when the policy requires HTTPS. */
  MOVED_PERMANENTLY(301, "Moved Permanently"),
  /** The client's cached copy is still good. */
  NOT_MODIFIED(304, "Not Modified"),
  /** A parameter is missing or malformed (or, by product option, too precise). */
  BAD_REQUEST(400, "Bad Request"),
  /** Credentials are missing or invalid for a restricted product. */
  UNAUTHORIZED(401, "Unauthorized"),
  /** Banned, unidentified, lacking scope, or too precise coordinates. */
  FORBIDDEN(403, "Forbidden"),
  /** No such product, version or endpoint; a retired version; or no data. */
  NOT_FOUND(404, "Not Found"),
  /** Any method but GET and HEAD. */
  METHOD_NOT_ALLOWED(405, "Method Not Allowed"),
  /** A retired version, when the policy opts for 410 rather than 404. */
  GONE(410, "Gone"),
  /** The request target (path and query string) is longer than the policy reads. */
  URI_TOO_LONG(414, "URI Too Long"),
  /** A valid location outside the product's area. */
  UNPROCESSABLE_ENTITY(422, "Unprocessable Entity"),
  /** Over quota. */
  TOO_MANY_REQUESTS(429, "Too Many Requests"),
  /** The client hung up; a status for the logs, never sent. */
  CLIENT_CLOSED_REQUEST(499, "Client Closed Request"),
  /** A bug or deployment fault in the API itself. */
  INTERNAL_SERVER_ERROR(500, "Internal Server Error"),
  /** The data could not be fetched from the backend. */
  BAD_GATEWAY(502, "Bad Gateway"),
  /** The product or its backend is not operational. */
  SERVICE_UNAVAILABLE(503, "Service Unavailable"),
  /** The backend took too long. */
  GATEWAY_TIMEOUT(504, "Gateway Timeout");

  private static final HttpStatus[] ALL = values();

  private final int code;
  private final String reason;

  HttpStatus(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  /** {@return the numeric code, such as 404} */
  public int code() {
    return code;
  }

  /** {@return the reason phrase, such as {@code Not Found}} */
  public String reason() {
    return reason;
  }

  /** {@return whether this is a 4xx or 5xx status} */
  public boolean isError() {
    return code >= 400;
  }

  /** {@return whether this is a 2xx status} */
  public boolean isSuccess() {
    return code >= 200 && code < 300;
  }

  /** {@return whether this is a 5xx status} */
  public boolean isServerError() {
    return code >= 500;
  }

  /**
   * Finds the status with this code.
   *
   * @param code a numeric status
   * @return the status, or null when it is not in the fixed set
   */
  public static @Nullable HttpStatus ofCode(int code) {
    for (HttpStatus status : ALL) {
      if (status.code == code) {
        return status;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return code + " " + reason;
  }
}
