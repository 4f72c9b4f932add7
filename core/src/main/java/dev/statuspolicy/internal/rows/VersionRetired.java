package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 7, {@code version-retired}: the version is retired, or deprecated with its sunset passed, by
 * the policy's clock ({@link VersionStanding}); a retirement dated in the future has not happened.
 * 404 by default, as MET answers; 410 by option.
 */
public final class VersionRetired implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return Finding.notApplicable();
    }
    if (VersionStanding.stage(context, target) != VersionStanding.Stage.RETIRED) {
      return Finding.passed();
    }
    String successor = VersionStanding.successor(target.version().lifecycle());
    String name = target.product().name() + "/" + target.version().version();
    return Finding.fired(context.config().retiredVersionStatus(), Evidence.builder()
        .detail(name + " has reached its end of life"
            + (successor == null ? "." : "; version " + successor + " replaces it."))
        .successor(successor, Links.successor(context, target.product(), successor, target.endpoint().name()))
        .build());
  }
}
