package dev.statuspolicy.decision;

import dev.statuspolicy.internal.TraceEntries;
import dev.statuspolicy.table.RowId;
import java.util.List;
import java.util.Objects;

/**
 * Every row consulted for a decision, in order, with its verdict. Rows after the deciding one
 * were not consulted and do not appear.
 *
 * @param entries the consulted rows
 */
public record Trace(List<Entry> entries) {

  /** What one row concluded. */
  public enum Verdict {
    /** The question did not apply to this request. */
    NOT_APPLICABLE,
    /** The answer was no; evaluation went on. */
    PASSED,
    /** The row fired and decided. */
    FIRED,
    /** The row threw, or broke a guarantee; {@code internal-error} decided instead. */
    FAILED
  }

  /**
   * One consulted row.
   *
   * @param row the row's id
   * @param verdict what it concluded
   */
  public record Entry(RowId row, Verdict verdict) {
    /** @throws NullPointerException if an argument is null */
    public Entry {
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(verdict, "verdict");
    }

    @Override
    public String toString() {
      return row + " " + verdict.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * Copies the entries.
   *
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public Trace {
    // The engine's own entry lists are immutable already: copying them would only cost time.
    entries = entries instanceof TraceEntries ? entries : List.copyOf(entries);
  }

  /**
   * Returns the verdict of a row.
   *
   * @param row the row's id
   * @return its verdict, or null when it was not consulted
   */
  public @org.jspecify.annotations.Nullable Verdict verdictOf(RowId row) {
    for (Entry entry : entries) {
      if (entry.row().equals(row)) {
        return entry.verdict();
      }
    }
    return null;
  }
}
