package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 21, {@code version-deprecated}: the data, with 203 and the headers that say when the version
 * goes away ({@code Deprecation}, {@code Sunset}) and where to go ({@code Link}).
 */
public final class VersionDeprecated implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null || !(target.version().lifecycle() instanceof Lifecycle.Deprecated deprecated)) {
      return Finding.passed();
    }
    return Finding.fired(HttpStatus.NON_AUTHORITATIVE_INFORMATION, Evidence.builder()
        .lifecycle(deprecated.deprecatedAt(), deprecated.sunset())
        .successor(deprecated.successor(), Links.successor(
            context, target.product(), deprecated.successor(), target.endpoint().name()))
        .build());
  }
}
