package dev.statuspolicy.spring;

import dev.statuspolicy.outcome.Outcome;
import java.time.Duration;
import java.util.Objects;

/**
 * Thrown by a controller under the catalog's base path to report what the backend did when it
 * has no document to return: no data, a failure it planned for, an outage. The policy answers
 * the {@link #outcome()} as it would a {@link dev.statuspolicy.host.Backend}'s {@link
 * dev.statuspolicy.host.Reply#of(Outcome)}; the message, if any, never reaches the client.
 *
 * <pre>{@code
 * if (forecast.isEmpty()) {
 *   throw OutcomeException.noData();
 * }
 * }</pre>
 */
public class OutcomeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Not serialisable: an outcome lives for one request. */
  private final transient Outcome outcome;

  /**
   * Creates the exception.
   *
   * @param outcome what the backend did
   * @throws NullPointerException if {@code outcome} is null
   */
  public OutcomeException(Outcome outcome) {
    super(null, null, false, false);
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  /** {@return the outcome the policy answers} */
  public Outcome outcome() {
    return outcome;
  }

  /** {@return an exception for "no data for these parameters", answered 404 by row no-data} */
  public static OutcomeException noData() {
    return new OutcomeException(Outcome.noData());
  }

  /** {@return an exception for a failure the backend planned for, answered 500} */
  public static OutcomeException backendFailed() {
    return new OutcomeException(Outcome.backendFailed());
  }

  /** {@return an exception for a backend that gave up waiting, answered 504} */
  public static OutcomeException timedOut() {
    return new OutcomeException(Outcome.timedOut());
  }

  /**
   * Returns an exception for an outage, answered 503 with {@code Retry-After}.
   *
   * @param retryAfter when to try again
   * @return the exception
   * @throws NullPointerException if {@code retryAfter} is null
   */
  public static OutcomeException unavailable(Duration retryAfter) {
    return new OutcomeException(Outcome.unavailable(retryAfter));
  }
}
