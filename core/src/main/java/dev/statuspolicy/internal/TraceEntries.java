package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Trace;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The immutable list of a decision's trace entries, read from the engine's table of shared
 * entries and the packed verdicts of one evaluation, so a decision's trace costs one small object
 * rather than a list of entries. {@link Trace} keeps it as it is instead of copying it.
 */
public final class TraceEntries extends AbstractList<Trace.Entry> implements RandomAccess {

  private static final Trace.Verdict[] VERDICTS = Trace.Verdict.values();

  private final Trace.Entry[][] table;
  private final long packed;
  private final byte @Nullable [] wide;
  private final int rows;
  private final Trace.@Nullable Entry extra;

  TraceEntries(Trace.Entry[][] table, long packed, byte @Nullable [] wide, int rows,
      Trace.@Nullable Entry extra) {
    this.table = table;
    this.packed = packed;
    this.wide = wide;
    this.rows = rows;
    this.extra = extra;
  }

  @Override
  public Trace.Entry get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of a trace of " + size());
    }
    if (index == rows) {
      return extra;
    }
    int verdict = wide != null ? wide[index] : (int) (packed >>> (index << 1)) & 3;
    return table[index][VERDICTS[verdict].ordinal()];
  }

  @Override
  public int size() {
    return extra == null ? rows : rows + 1;
  }
}
