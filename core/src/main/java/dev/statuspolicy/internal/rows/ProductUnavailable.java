package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Availability;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 8, {@code product-unavailable}: the version is in maintenance, or not configured. */
public final class ProductUnavailable implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return Finding.notApplicable();
    }
    Availability availability = target.version().availability();
    if (availability instanceof Availability.Maintenance maintenance) {
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
          Evidence.builder().retryAfter(maintenance.retryAfter()).build());
    }
    if (availability instanceof Availability.NotConfigured) {
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.NONE);
    }
    return Finding.passed();
  }
}
