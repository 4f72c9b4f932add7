package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 2, {@code client-blocked}: the host's blocklist bans the client. Nothing else is revealed. */
public final class ClientBlocked implements RowLogic {

  private static final Finding BLOCKED = Finding.fired(HttpStatus.FORBIDDEN,
      Evidence.of("This client has been blocked from the API."));

  @Override
  public Finding evaluate(RuleContext context) {
    return context.facts().blocklist() == BlocklistStanding.BLOCKED ? BLOCKED : Finding.passed();
  }
}
