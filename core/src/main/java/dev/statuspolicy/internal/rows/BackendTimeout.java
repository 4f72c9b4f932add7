package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 16, {@code backend-timeout}: the backend took too long. */
public final class BackendTimeout implements RowLogic {

  private static final Finding TIMEOUT = Finding.fired(HttpStatus.GATEWAY_TIMEOUT, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    return context.outcome() instanceof Outcome.TimedOut ? TIMEOUT : Finding.passed();
  }
}
