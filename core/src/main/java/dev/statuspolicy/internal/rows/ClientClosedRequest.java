package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 14, {@code client-closed-request}: the client hung up. A 499 for the logs; nothing is sent. */
public final class ClientClosedRequest implements RowLogic {

  private static final Finding CLOSED = Finding.fired(HttpStatus.CLIENT_CLOSED_REQUEST, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    return context.outcome() instanceof Outcome.ClientClosed ? CLOSED : Finding.passed();
  }
}
