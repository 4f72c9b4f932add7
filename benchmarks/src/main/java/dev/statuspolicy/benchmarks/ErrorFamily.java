package dev.statuspolicy.benchmarks;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;

/** The error families measured, each as the request and outcome that produce it. */
public enum ErrorFamily {
  /** 405: a POST. */
  METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
  /** 403: a User-Agent naming only a generic HTTP library, on a strict product. */
  CLIENT_UNIDENTIFIED(HttpStatus.FORBIDDEN),
  /** 429: usage over the identified quota. */
  RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS),
  /** 400: three bad parameters at once. */
  PARAMETER_INVALID(HttpStatus.BAD_REQUEST),
  /** 422: a valid location outside the product's polygon. */
  OUTSIDE_COVERAGE(HttpStatus.UNPROCESSABLE_ENTITY),
  /** 503: the backend says it is not operational, with a retry delay. */
  BACKEND_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),
  /** 304: If-None-Match matches the document's ETag. */
  NOT_MODIFIED(HttpStatus.NOT_MODIFIED);

  /** The retry delay the backend gives for a 503. */
  public static final Duration BACKEND_RETRY = Duration.ofSeconds(120);

  private final HttpStatus status;

  ErrorFamily(HttpStatus status) {
    this.status = status;
  }

  /** Returns the status the policy must answer. */
  public HttpStatus status() {
    return status;
  }

  /** Returns the request facts, asking for the given media type. */
  public RequestFacts facts(String accept) {
    RequestFacts.Builder request = Fixtures.request(query(), accept, agent());
    switch (this) {
      case METHOD_NOT_ALLOWED -> request.method("POST");
      case RATE_LIMITED -> Fixtures.overQuota(request);
      case NOT_MODIFIED -> request.header("If-None-Match", Fixtures.ETAG);
      default -> { }
    }
    return request.build();
  }

  /** Returns the User-Agent the request sends. */
  public String agent() {
    return this == CLIENT_UNIDENTIFIED ? "okhttp/4.12.0" : Fixtures.AGENT;
  }

  /** Returns the query string the request sends. */
  public String query() {
    return switch (this) {
      case PARAMETER_INVALID -> Fixtures.BAD_QUERY;
      case OUTSIDE_COVERAGE -> Fixtures.OUTSIDE_QUERY;
      default -> Fixtures.GOOD_QUERY;
    };
  }

  /** Returns what the backend did (ignored when admission turns the request away). */
  public Outcome outcome() {
    return this == BACKEND_UNAVAILABLE ? Outcome.unavailable(BACKEND_RETRY) : Fixtures.DATA;
  }
}
