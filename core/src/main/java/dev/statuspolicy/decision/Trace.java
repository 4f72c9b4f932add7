package dev.statuspolicy.decision;

import dev.statuspolicy.internal.TraceEntries;
import dev.statuspolicy.table.RowId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every row consulted for a decision, in order, with its verdict. Rows after the deciding one
 * were not consulted and do not appear.
 *
 * <p>Each row appears once, with one exception: when a row after {@code internal-error} fails
 * (throws, or breaks a guarantee), {@code internal-error} appears twice: first where it was
 * consulted (and passed, since the outcome was no failure), then at the end, where it decided
 * instead of the failed row. The list keeps both, because both happened in that order; {@link
 * #verdictOf} reports a row's last verdict, so it says {@code FIRED} for the row that decided.
 *
 * <p>When a row breached a guarantee, {@link #breach()} says which row and how: the FAILED entry
 * of a row that failed, or the row that decided without the evidence it may not show.
 *
 * @param entries the consulted rows
 * @param breach what a row did that the policy would not send as it was; null when nothing
 */
public record Trace(List<Entry> entries, @Nullable Breach breach) {

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
    /**
     * @param row the row's id; not null
     * @param verdict what it concluded; not null
     * @throws NullPointerException if an argument is null
     */
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
   * @param entries the consulted rows in order, each with its verdict; copied unless already
   *     immutable
   * @param breach what a row did that the policy would not send as it was; null when nothing
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public Trace {
    // The engine's own entry lists are immutable already: copying them would only cost time.
    entries = entries instanceof TraceEntries ? entries : List.copyOf(entries);
  }

  /**
   * Records a trace in which no row breached a guarantee.
   *
   * @param entries the consulted rows in order, each with its verdict; copied unless already
   *     immutable
   * @throws NullPointerException if {@code entries} or an entry is null
   */
  public Trace(List<Entry> entries) {
    this(entries, null);
  }

  /**
   * Returns the last verdict of a row: for {@code internal-error} deciding after a later row
   * failed, {@code FIRED}, not the {@code PASSED} of its first consultation.
   *
   * @param row the row's id
   * @return its last verdict, or null when it was not consulted
   * @throws NullPointerException if {@code row} is null
   */
  public @org.jspecify.annotations.Nullable Verdict verdictOf(RowId row) {
    Objects.requireNonNull(row, "row");
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      if (entry.row().equals(row)) {
        return entry.verdict();
      }
    }
    return null;
  }
}
