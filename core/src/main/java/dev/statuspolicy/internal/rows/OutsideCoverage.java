package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.internal.render.CoverageText;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 13, {@code outside-coverage}: a valid location outside the product's area. 422 as MET
 * answers, or 404 for endpoints that keep the legacy behaviour.
 */
public final class OutsideCoverage implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null) {
      return Finding.notApplicable();
    }
    Parameters parameters = context.parameters();
    if (!LocationValues.takesLocation(target, parameters)) {
      return Finding.notApplicable();
    }
    double latitude = LocationValues.number(parameters, ParameterSpec.LATITUDE);
    double longitude = LocationValues.number(parameters, ParameterSpec.LONGITUDE);
    // An absent value, or one that is not a number, reads as NaN and fails these comparisons.
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      return Finding.notApplicable();
    }
    Coverage coverage = target.product().coverage();
    if (LocationValues.covered(coverage, parameters, latitude, longitude)) {
      return Finding.passed();
    }
    return Finding.fired(target.endpoint().outsideCoverage(), Evidence.builder()
        .detail("The location " + parameters.value(ParameterSpec.LATITUDE) + ", "
            + parameters.value(ParameterSpec.LONGITUDE) + " is outside the area of product "
            + target.product().name() + ", which covers " + CoverageText.description(coverage) + ".")
        .coverage(coverage)
        .build());
  }
}
