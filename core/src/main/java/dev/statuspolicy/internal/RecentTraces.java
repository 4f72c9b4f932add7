package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Trace;
import org.jspecify.annotations.Nullable;

/**
 * The last trace made for each row's firing, handed out again while the verdicts of the rows
 * before it are the same: most requests take the same road through the table (every check
 * passes, the same row answers), so their traces are equal, and one object serves them all. Only
 * traces without a breach, of a table short enough for its verdicts to pack into one
 * {@code long}, are remembered.
 *
 * <p>Thread-safe: each remembered trace is immutable; a race only means a trace is made twice.
 */
final class RecentTraces {

  /** A trace and the packed verdicts it was read from. */
  private record Remembered(long verdicts, Trace trace) {}

  private final Trace.Entry[][] entries;
  private final @Nullable Remembered[] byRow;

  /**
   * Starts with nothing remembered.
   *
   * @param entries the engine's shared entries, by row and verdict
   */
  RecentTraces(Trace.Entry[][] entries) {
    this.entries = entries;
    this.byRow = new Remembered[entries.length];
  }

  /** Returns the trace of rows {@code 0} to {@code fired}, the last one firing, with the breach. */
  Trace of(VerdictLog log, int fired, @Nullable Breach breach) {
    if (breach != null || !log.packed()) {
      return new Trace(log.trace(entries, fired + 1, null), breach);
    }
    long verdicts = log.packedVerdicts(fired + 1);
    Remembered last = byRow[fired];
    if (last != null && last.verdicts() == verdicts) {
      return last.trace();
    }
    Trace trace = new Trace(log.trace(entries, fired + 1, null), null);
    byRow[fired] = new Remembered(verdicts, trace);
    return trace;
  }
}
