package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 7, {@code version-retired}: the version is retired, or deprecated with its sunset passed by
 * the policy's clock. 404 by default, as MET answers; 410 by option.
 */
public final class VersionRetired implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return Finding.notApplicable();
    }
    Lifecycle lifecycle = target.version().lifecycle();
    String successor;
    if (lifecycle instanceof Lifecycle.Retired retired) {
      successor = retired.successor();
    } else if (lifecycle instanceof Lifecycle.Deprecated deprecated
        && !context.now().isBefore(deprecated.sunset())) {
      successor = deprecated.successor();
    } else {
      return Finding.passed();
    }
    String name = target.product().name() + "/" + target.version().version();
    return Finding.fired(context.config().retiredVersionStatus(), Evidence.builder()
        .detail(name + " has reached its end of life"
            + (successor == null ? "." : "; version " + successor + " replaces it."))
        .successor(successor, Links.successor(context, target.product(), successor, target.endpoint().name()))
        .build());
  }
}
