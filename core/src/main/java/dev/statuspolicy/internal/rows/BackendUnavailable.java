package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 17, {@code backend-unavailable}: the backend is not operational, such as a radar site down. */
public final class BackendUnavailable implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    if (context.outcome() instanceof Outcome.Unavailable unavailable) {
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
          Evidence.builder().retryAfter(unavailable.retryAfter()).build());
    }
    return Finding.passed();
  }
}
