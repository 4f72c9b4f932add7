package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 23, {@code ok}: everything else. Always fires; the host writes the backend's data. A version
 * whose deprecation or retirement is dated in the future announces it ({@link VersionStanding}).
 */
public final class Ok implements RowLogic {

  private static final Finding OK = Finding.fired(HttpStatus.OK, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return OK;
    }
    Evidence announcement = VersionStanding.announcement(context, target);
    return announcement == Evidence.NONE ? OK : Finding.fired(HttpStatus.OK, announcement);
  }
}
