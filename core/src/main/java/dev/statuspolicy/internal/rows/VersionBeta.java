package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 22, {@code version-beta}: the data, with 203, because the version may still change. */
public final class VersionBeta implements RowLogic {

  private static final Finding BETA = Finding.fired(HttpStatus.NON_AUTHORITATIVE_INFORMATION, Evidence.NONE);

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    return target != null && VersionStanding.stage(context, target) == VersionStanding.Stage.BETA
        ? BETA : Finding.passed();
  }
}
