package dev.statuspolicy.internal;

import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The one place that knows which outcomes carry a document, and so caching validators. */
public final class Documents {

  private Documents() {}

  /**
   * Returns the validators of the document an outcome carries.
   *
   * @param outcome the backend's outcome; null in the admission phase
   * @return the validators of data or an empty document; null for every other outcome
   */
  public static @Nullable Validators validators(@Nullable Outcome outcome) {
    if (outcome instanceof Outcome.Data data) {
      return data.validators();
    }
    if (outcome instanceof Outcome.EmptyDocument empty) {
      return empty.validators();
    }
    return null;
  }

  /**
   * Returns the modification date a response states: the document's, or the clock's time when
   * the document's lies in the future (RFC 9110 section 8.8.2.1). Both {@code Last-Modified} and
   * the {@code If-Modified-Since} comparison use it, so a client that echoes the date it was
   * sent gets its 304 while the clock reads that second. Once the clock moves on, the date
   * stated moves with it until it reaches the document's own, so an older echo is (rightly) a
   * 200 by date: the ETag, when the document has one, is the validator that still matches.
   *
   * @param validators the document's validators
   * @param now the policy's clock
   * @return the date to state; null when the document has none
   */
  public static @Nullable Instant lastModified(Validators validators, Instant now) {
    Instant lastModified = validators.lastModified();
    return lastModified != null && lastModified.isAfter(now) ? now : lastModified;
  }
}
