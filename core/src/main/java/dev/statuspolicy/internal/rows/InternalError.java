package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 15, {@code internal-error}: an unexpected failure, or a product team's outcome that no row
 * of theirs mapped. The policy also lands here when a row throws. The body never says why.
 */
public final class InternalError implements RowLogic {

  private static final Finding FAILED = Finding.fired(HttpStatus.INTERNAL_SERVER_ERROR, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    Outcome outcome = context.outcome();
    return outcome instanceof Outcome.UnexpectedFailure || outcome instanceof Outcome.Custom
        ? FAILED
        : Finding.passed();
  }
}
