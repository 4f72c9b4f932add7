package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/** Row 12, {@code parameter-invalid}: every bad parameter of the request, reported together. */
public final class ParameterInvalid implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    if (context.target() == null) {
      return Finding.notApplicable();
    }
    Parameters parameters = context.parameters();
    if (parameters.valid()) {
      return Finding.passed();
    }
    int count = parameters.errors().size();
    return Finding.fired(HttpStatus.BAD_REQUEST, Evidence.builder()
        .detail(count == 1
            ? "Parameter " + parameters.errors().get(0).name() + " is not valid."
            : count + " parameters are not valid.")
        .parameterErrors(parameters.errors())
        .build());
  }
}
