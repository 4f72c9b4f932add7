package dev.statuspolicy.internal.rows;

import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** The question one standard row asks. One small class per row, in table order. */
public interface RowLogic {

  /**
   * Asks the question.
   *
   * @param context the request
   * @return the finding
   */
  Finding evaluate(RuleContext context);
}
