package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RowId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the headers of the last plain 200 and the last plain 304 (a row that fired with no
 * evidence), with the validators and the allowed origin they were written from. Their headers
 * depend on nothing else:
 * a server answers the same document, with the same validators, many times in a row, and
 * formatting two dates and checking three header values is most of a 200's cost. The headers are
 * always those {@link DecisionWriter} wrote the first time, so its rules are kept in one place.
 * A {@code Last-Modified} later than the clock is never remembered, nor found: it is sent as the
 * clock's time, which a remembered list would keep after the clock moved on.
 *
 * <p>Thread-safe: each remembered pair is immutable, behind a volatile field; a race only means
 * a list is written twice.
 */
final class SuccessHeaders {

  /**
   * One validators value and allowed origin, and the immutable headers written for them. The
   * allowed origin is one of the headers {@link CorsHeaders} made in advance, compared by
   * identity: with listed origins it differs from request to request.
   */
  private record Entry(Validators validators, @Nullable Header allowOrigin, List<Header> headers) {}

  private volatile @Nullable Entry lastOk;
  private volatile @Nullable Entry lastNotModified;
  private volatile @Nullable Decision lastOkDecision;
  private volatile @Nullable Decision lastNotModifiedDecision;

  /**
   * Returns the headers written last time for this status, equal validators and the same allowed
   * origin, or null when they must be written: another status, any evidence, an outcome without
   * validators, validators or an origin not seen last time, or a {@code Last-Modified} later
   * than the clock.
   */
  @Nullable List<Header> find(HttpStatus status, Evidence evidence, @Nullable Outcome outcome,
      Instant now, @Nullable Header allowOrigin) {
    Validators validators = plain(status, evidence, outcome, now);
    if (validators == null) {
      return null;
    }
    Entry cached = status == HttpStatus.OK ? lastOk : lastNotModified;
    return cached != null && cached.allowOrigin() == allowOrigin
        && (cached.validators() == validators || cached.validators().equals(validators))
        ? cached.headers()
        : null;
  }

  /**
   * Returns a decision with headers that {@link #find} handed out: the one returned last time
   * for this status when every part of it is the same object (the traces of most requests are
   * one object, see {@code RecentTraces}), else a new one, remembered in its place. A decision is
   * immutable, so handing one out twice is safe.
   */
  Decision decision(HttpStatus status, List<Header> headers, Body body, RowId row, Trace trace) {
    boolean ok = status == HttpStatus.OK;
    Decision last = ok ? lastOkDecision : lastNotModifiedDecision;
    if (last != null && last.status() == status && last.headers() == headers && last.body() == body
        && last.row() == row && last.trace() == trace) {
      return last;
    }
    Decision made = new Decision(status, headers, body, row, trace);
    if (ok) {
      lastOkDecision = made;
    } else {
      lastNotModifiedDecision = made;
    }
    return made;
  }

  /** Remembers the headers just written, when {@link #find} may hand them out again. */
  void remember(HttpStatus status, Evidence evidence, @Nullable Outcome outcome, Instant now,
      @Nullable Header allowOrigin, List<Header> headers) {
    Validators validators = plain(status, evidence, outcome, now);
    if (validators == null) {
      return;
    }
    Entry entry = new Entry(validators, allowOrigin, headers);
    if (status == HttpStatus.OK) {
      lastOk = entry;
    } else {
      lastNotModified = entry;
    }
  }

  /**
   * Returns the validators of a plain 200 or 304, or null for any other decision, and for a
   * {@code Last-Modified} later than the clock: that one is sent as the clock's time, which moves
   * on, so its headers are written each time and a remembered list never holds it.
   */
  private static @Nullable Validators plain(HttpStatus status, Evidence evidence,
      @Nullable Outcome outcome, Instant now) {
    if (evidence != Evidence.NONE || (status != HttpStatus.OK && status != HttpStatus.NOT_MODIFIED)) {
      return null;
    }
    Validators validators = Documents.validators(outcome);
    if (validators == null || (validators.lastModified() != null && validators.lastModified().isAfter(now))) {
      return null;
    }
    return validators;
  }
}
