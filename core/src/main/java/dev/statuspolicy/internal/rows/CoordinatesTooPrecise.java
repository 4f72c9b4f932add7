package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Row 11, {@code coordinates-too-precise}: a well-formed {@code lat} or {@code lon} with more
 * decimals than the product allows. 403 or 400, as the product chooses.
 */
public final class CoordinatesTooPrecise implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return Finding.notApplicable();
    }
    CoordinatePrecision rule = target.product().precision();
    if (!rule.enforced()) {
      return Finding.notApplicable();
    }
    Parameters parameters = context.parameters();
    if (!LocationValues.takesLocation(target, parameters)) {
      return Finding.notApplicable();
    }
    int max = rule.maxDecimals();
    if (LocationValues.decimals(parameters, ParameterSpec.LATITUDE) <= max
        && LocationValues.decimals(parameters, ParameterSpec.LONGITUDE) <= max) {
      return Finding.passed();
    }
    List<ParameterError> errors = new ArrayList<>(2);
    check(parameters, ParameterSpec.LATITUDE, max, errors);
    check(parameters, ParameterSpec.LONGITUDE, max, errors);
    return Finding.fired(rule.status(), Evidence.builder()
        .detail("Coordinates may have at most " + max + " decimals.")
        .parameterErrors(errors)
        .build());
  }

  private static void check(Parameters parameters, String name, int max, List<ParameterError> errors) {
    int decimals = LocationValues.decimals(parameters, name);
    if (decimals > max) {
      errors.add(new ParameterError(name, parameters.value(name),
          "has " + decimals + " decimals; at most " + max + " are allowed"));
    }
  }
}
