package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.EmptyResult;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 19, {@code no-data}: the handler has nothing to offer; an empty document counts as nothing
 * for products where empty means no data.
 */
public final class NoData implements RowLogic {

  private static final Finding NOTHING = Finding.fired(HttpStatus.NOT_FOUND,
      Evidence.of("The request is valid, but there is no data for it."));

  @Override
  public Finding evaluate(RuleContext context) {
    Outcome outcome = context.outcome();
    if (outcome instanceof Outcome.NoData) {
      return NOTHING;
    }
    Target target = context.target();
    if (outcome instanceof Outcome.EmptyDocument && target != null
        && target.product().emptyResult() == EmptyResult.NO_DATA) {
      return NOTHING;
    }
    return Finding.passed();
  }
}
