package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 21, {@code version-deprecated}: the data, with 203 and the headers that say when the version
 * goes away ({@code Deprecation}, {@code Sunset}), where to go and where to read about it
 * ({@code Link} with {@code rel="successor-version"} and {@code rel="deprecation"}). Only from the
 * deprecation date on, by the policy's clock: before it, {@code ok} serves the version with 200
 * and the same headers as an announcement ({@link VersionStanding}). Deprecated versions are never
 * answered with 304, because their 203 always carries the data.
 */
public final class VersionDeprecated implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null || VersionStanding.stage(context, target) != VersionStanding.Stage.DEPRECATED) {
      return Finding.passed();
    }
    return Finding.fired(HttpStatus.NON_AUTHORITATIVE_INFORMATION,
        VersionStanding.announcement(context, target));
  }
}
