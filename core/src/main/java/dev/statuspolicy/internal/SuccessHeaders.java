package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.table.Evidence;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the headers of the last plain 200 and the last plain 304 (a row that fired with no
 * evidence), with the validators they were written from. Their headers depend on nothing else:
 * a server answers the same document, with the same validators, many times in a row, and
 * formatting two dates and checking three header values is most of a 200's cost. The headers are
 * always those {@link DecisionWriter} wrote the first time, so its rules are kept in one place.
 *
 * <p>Thread-safe: each remembered pair is immutable, behind a volatile field; a race only means
 * a list is written twice.
 */
final class SuccessHeaders {

  /** One validators value and the immutable headers written for it. */
  private record Entry(Validators validators, List<Header> headers) {}

  private volatile @Nullable Entry lastOk;
  private volatile @Nullable Entry lastNotModified;

  /**
   * Returns the headers written last time for this status and equal validators, or null when
   * they must be written: another status, any evidence, an outcome without validators, or
   * validators not seen last time.
   */
  @Nullable List<Header> find(HttpStatus status, Evidence evidence, @Nullable Outcome outcome) {
    Validators validators = plain(status, evidence, outcome);
    if (validators == null) {
      return null;
    }
    Entry cached = status == HttpStatus.OK ? lastOk : lastNotModified;
    return cached != null && (cached.validators() == validators || cached.validators().equals(validators))
        ? cached.headers()
        : null;
  }

  /** Remembers the headers just written, when {@link #find} may hand them out again. */
  void remember(HttpStatus status, Evidence evidence, @Nullable Outcome outcome, List<Header> headers) {
    Validators validators = plain(status, evidence, outcome);
    if (validators == null) {
      return;
    }
    Entry entry = new Entry(validators, headers);
    if (status == HttpStatus.OK) {
      lastOk = entry;
    } else {
      lastNotModified = entry;
    }
  }

  /** Returns the validators of a plain 200 or 304, or null for any other decision. */
  private static @Nullable Validators plain(HttpStatus status, Evidence evidence, @Nullable Outcome outcome) {
    if (evidence != Evidence.NONE || (status != HttpStatus.OK && status != HttpStatus.NOT_MODIFIED)) {
      return null;
    }
    return Documents.validators(outcome);
  }
}
