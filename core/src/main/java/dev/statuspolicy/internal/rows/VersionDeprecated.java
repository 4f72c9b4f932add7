package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 21, {@code version-deprecated}: the data, with 203 and the headers that say when the version
 * goes away ({@code Deprecation}, {@code Sunset}), where to go and where to read about it
 * ({@code Link} with {@code rel="successor-version"} and {@code rel="deprecation"}). Beta and
 * deprecated versions are never answered with 304, because their 203 always carries the data
 * (row {@code not-modified} only fires for stable versions).
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
        .deprecationLink(deprecated.documentation())
        .build());
  }
}
