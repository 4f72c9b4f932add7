package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 23, {@code ok}: everything else. Always fires; the host writes the backend's data. */
public final class Ok implements RowLogic {

  private static final Finding OK = Finding.fired(HttpStatus.OK, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    return OK;
  }
}
