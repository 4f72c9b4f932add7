package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 18, {@code backend-failed}: the data could not be fetched, or is unexpectedly missing. */
public final class BackendFailed implements RowLogic {

  private static final Finding FAILED = Finding.fired(HttpStatus.BAD_GATEWAY, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    return context.outcome() instanceof Outcome.BackendFailed ? FAILED : Finding.passed();
  }
}
