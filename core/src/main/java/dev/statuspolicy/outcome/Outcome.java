package dev.statuspolicy.outcome;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the backend did with an admitted request. The response phase of the table decides the
 * status from this single value. Switch over it: the compiler then finds every place a new
 * outcome must be handled.
 */
public sealed interface Outcome {

  /**
   * The backend produced a document. 200, or 203 for deprecated and beta versions, or 304 when a
   * validator matches.
   *
   * @param validators the document's caching metadata
   */
  record Data(Validators validators) implements Outcome {
    /**
     * @param validators the document's caching metadata; not null
     * @throws NullPointerException if {@code validators} is null
     */
    public Data {
      Objects.requireNonNull(validators, "validators");
    }
  }

  /**
   * The backend produced a document without real content. A 404 for products where empty means
   * "no data", and served as data where empty is meaningful.
   *
   * @param validators the document's caching metadata
   */
  record EmptyDocument(Validators validators) implements Outcome {
    /**
     * @param validators the document's caching metadata; not null
     * @throws NullPointerException if {@code validators} is null
     */
    public EmptyDocument {
      Objects.requireNonNull(validators, "validators");
    }
  }

  /** The handler has nothing to offer for this request: 404. */
  record NoData() implements Outcome {}

  /** The data could not be fetched (disk, internal web service, data unexpectedly missing): 502. */
  record BackendFailed() implements Outcome {}

  /** The backend took too long: 504. */
  record TimedOut() implements Outcome {}

  /**
   * The backend is not operational, such as a radar site that is down: 503.
   *
   * @param retryAfter when to try again, sent as {@code Retry-After} in whole seconds, rounded
   *     up, at most 2147483647 (2<sup>31</sup>&minus;1, about 68 years; a longer delay is sent as
   *     that); null when unknown
   */
  record Unavailable(@Nullable Duration retryAfter) implements Outcome {
    /**
     * @param retryAfter when to try again; null when unknown, else zero or more
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public Unavailable {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must be >= 0, was " + retryAfter);
      }
    }
  }

  /**
   * Something failed that nobody planned for: 500. The cause is kept for the host's logs and
   * never reaches a response body.
   *
   * @param cause the failure; may be null
   */
  record UnexpectedFailure(@Nullable Throwable cause) implements Outcome {}

  /** The client hung up before the response: 499, logged, nothing sent. */
  record ClientClosed() implements Outcome {}

  /**
   * An outcome a product team defined. A row the team added maps it to a status; when no row
   * does, it is an {@code internal-error}.
   *
   * @param kind the team's name for it, such as {@code radar-site-down}
   * @param retryAfter when to try again, sent as {@code Retry-After} when a row maps the outcome
   *     to 503: in whole seconds, rounded up, at most 2147483647 (2<sup>31</sup>&minus;1, about 68
   *     years; a longer delay is sent as that); null when unknown or irrelevant
   */
  record Custom(String kind, @Nullable Duration retryAfter) implements Outcome {
    /**
     * @param kind the team's name for the outcome; not null
     * @param retryAfter when to try again; null when unknown or irrelevant
     * @throws NullPointerException if {@code kind} is null
     */
    public Custom {
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** {@return data without validators} */
  static Outcome data() {
    return new Data(Validators.none());
  }

  /**
   * Returns data with validators.
   *
   * @param validators the document's caching metadata
   * @return a {@link Data} outcome
   * @throws NullPointerException if {@code validators} is null
   */
  static Outcome data(Validators validators) {
    return new Data(validators);
  }

  /** {@return an empty document without validators} */
  static Outcome emptyDocument() {
    return new EmptyDocument(Validators.none());
  }

  /** {@return "no data"} */
  static Outcome noData() {
    return new NoData();
  }

  /** {@return "backend failed"} */
  static Outcome backendFailed() {
    return new BackendFailed();
  }

  /** {@return "timed out"} */
  static Outcome timedOut() {
    return new TimedOut();
  }

  /** {@return "unavailable", with no known end} */
  static Outcome unavailable() {
    return new Unavailable(null);
  }

  /**
   * Returns "unavailable" with a known end.
   *
   * @param retryAfter when to try again; not null, zero or more
   * @return an {@link Unavailable} outcome with that delay
   */
  static Outcome unavailable(Duration retryAfter) {
    return new Unavailable(Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /**
   * Returns "unexpected failure".
   *
   * @param cause the failure, for the host's logs only; may be null
   * @return an {@link UnexpectedFailure} outcome
   */
  static Outcome unexpectedFailure(@Nullable Throwable cause) {
    return new UnexpectedFailure(cause);
  }

  /** {@return "client closed"} */
  static Outcome clientClosed() {
    return new ClientClosed();
  }
}
