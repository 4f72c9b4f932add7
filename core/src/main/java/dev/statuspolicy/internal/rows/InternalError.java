package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 15, {@code internal-error}: an unexpected failure, or a product team's custom outcome whose
 * kind no row of the table claims. A claimed kind passes, wherever its claiming row stands, so a
 * team row after this one still decides its own outcomes. The policy also lands here when a row
 * fails. The body never says why.
 */
public final class InternalError implements RowLogic {

  private static final Finding FAILED = Finding.fired(HttpStatus.INTERNAL_SERVER_ERROR, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    Outcome outcome = context.outcome();
    if (outcome instanceof Outcome.UnexpectedFailure) {
      return FAILED;
    }
    return outcome instanceof Outcome.Custom custom
        && !context.config().claimedOutcomes().containsKey(custom.kind())
        ? FAILED
        : Finding.passed();
  }
}
