package dev.statuspolicy.decision;

/** The formats an error body can take, chosen from the request's {@code Accept}. */
public enum ErrorFormat {
  /** RFC 9457 problem details; also chosen for {@code application/json}. */
  PROBLEM_JSON("application/problem+json"),
  /** A small HTML page, for people in browsers. The default, as the seed page says. */
  HTML("text/html"),
  /** Plain text, for people at terminals and in logs. */
  PLAIN("text/plain");

  private final String mediaType;
  private final String contentType;

  ErrorFormat(String mediaType) {
    this.mediaType = mediaType;
    this.contentType = mediaType + ";charset=utf-8";
  }

  /** {@return the media type, such as {@code text/html}} */
  public String mediaType() {
    return mediaType;
  }

  /** {@return the {@code Content-Type} value, with {@code charset=utf-8}} */
  public String contentType() {
    return contentType;
  }
}
