package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Trace;
import org.jspecify.annotations.Nullable;

/**
 * The verdicts of the rows consulted so far in one phase, without a list: rows are always
 * consulted in table order from the first, so the verdict of row {@code i} is all a trace needs.
 * Up to 32 rows pack two bits each into one {@code long}; longer tables use a byte per row.
 */
abstract class VerdictLog {

  private static final int PACKED_ROWS = 32;

  private long packed;
  private byte @Nullable [] wide;

  /** Starts an empty log for a table of {@code rows} rows. */
  VerdictLog(int rows) {
    this.wide = rows > PACKED_ROWS ? new byte[rows] : null;
  }

  /** Starts a log holding the verdicts of another, which stays unchanged. */
  VerdictLog(VerdictLog from) {
    this.packed = from.packed;
    this.wide = from.wide == null ? null : from.wide.clone();
  }

  /** Records the verdict of a row, replacing any earlier one. */
  final void record(int row, Trace.Verdict verdict) {
    byte[] bytes = wide;
    if (bytes == null) {
      int shift = row << 1;
      packed = (packed & ~(3L << shift)) | ((long) verdict.ordinal() << shift);
    } else {
      bytes[row] = (byte) verdict.ordinal();
    }
  }

  /** {@return whether the verdicts are packed into one {@code long}: a table of up to 32 rows} */
  final boolean packed() {
    return wide == null;
  }

  /**
   * Returns the packed verdicts of rows {@code 0} to {@code size - 1}, the bits of later rows
   * cleared. Only for a {@link #packed()} log.
   */
  final long packedVerdicts(int size) {
    return size >= PACKED_ROWS ? packed : packed & ((1L << (size << 1)) - 1);
  }

  /**
   * Returns the trace of rows {@code 0} to {@code size - 1}, then {@code extra} when not null. The
   * log must not change afterwards, unless a copy was taken first.
   */
  final TraceEntries trace(Trace.Entry[][] table, int size, Trace.@Nullable Entry extra) {
    return new TraceEntries(table, packed, wide, size, extra);
  }
}
