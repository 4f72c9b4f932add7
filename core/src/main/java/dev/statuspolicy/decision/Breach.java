package dev.statuspolicy.decision;

import dev.statuspolicy.table.RowId;
import java.util.Objects;

/**
 * What a row did that the policy would not send as it was, recorded in the {@link Trace} of the
 * decision it affected. The client never sees a breach: the policy answers it itself. A breach
 * that {@link #failed() failed} the row made {@code internal-error} decide (500) in its place; a
 * {@link Kind#WITHHELD_EVIDENCE withheld} one let the row decide, without the parts it may not
 * show. Either way it is a defect of the row (or of a coverage shape or parameter type it relies
 * on) that the product team should fix; {@code PolicyContract} in the test kit reports each one.
 *
 * @param row the row that breached
 * @param kind what it did
 * @param detail one line for people, such as {@code fired 502, which it does not declare (it
 *     declares 503)}; built by the policy, never from an exception's message or the request
 */
public record Breach(RowId row, Kind kind, String detail) {

  /** What a row did. */
  public enum Kind {
    /** It threw (or a coverage shape or parameter type it consulted threw). */
    THREW,
    /** It returned no finding (null). */
    NO_FINDING,
    /** It fired with a status its definition does not declare. */
    UNDECLARED_STATUS,
    /** It fired without what its status needs: a 401's challenge, a 429's quota, a 301's target. */
    MISSING_EVIDENCE,
    /** It claims the kind of the custom outcome at hand, and did not fire for it. */
    CLAIM_NOT_DECIDED,
    /**
     * Its firing could not be written: its evidence held text that no header may carry (CR, LF,
     * NUL, other controls, non-ASCII), or rendering it threw.
     */
    UNWRITABLE,
    /**
     * It fired a 5xx with evidence a server fault never shows (a detail, parameter errors, links,
     * dates, a challenge...): the row still decided, with the generic body and headers, and the
     * evidence was dropped. Only {@code retryAfter} belongs on a 5xx.
     */
    WITHHELD_EVIDENCE
  }

  /**
   * Validates the breach.
   *
   * @param row the row that breached; not null
   * @param kind what it did; not null
   * @param detail one line for people; not null
   * @throws NullPointerException if an argument is null
   */
  public Breach {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /** {@return whether the row failed: every kind but {@link Kind#WITHHELD_EVIDENCE}} */
  public boolean failed() {
    return kind != Kind.WITHHELD_EVIDENCE;
  }

  @Override
  public String toString() {
    return row + " " + detail;
  }
}
