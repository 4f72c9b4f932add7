package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
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
    if (target == null || !target.endpoint().takesLocation()) {
      return Finding.notApplicable();
    }
    CoordinatePrecision rule = target.product().precision();
    if (!rule.enforced()) {
      return Finding.notApplicable();
    }
    Parameters parameters = context.parameters();
    List<ParameterError> errors = new ArrayList<>(0);
    check(parameters, ParameterSpec.LATITUDE, rule.maxDecimals(), errors);
    check(parameters, ParameterSpec.LONGITUDE, rule.maxDecimals(), errors);
    if (errors.isEmpty()) {
      return Finding.passed();
    }
    return Finding.fired(rule.status(), Evidence.builder()
        .detail("Coordinates may have at most " + rule.maxDecimals() + " decimals.")
        .parameterErrors(errors)
        .build());
  }

  private static void check(Parameters parameters, String name, int max, List<ParameterError> errors) {
    String value = parameters.value(name);
    if (value != null && ParameterType.FloatType.decimals(value) > max) {
      errors.add(new ParameterError(name, value,
          "has " + ParameterType.FloatType.decimals(value) + " decimals; at most " + max + " are allowed"));
    }
  }
}
