package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.internal.parse.ParameterValues;
import dev.statuspolicy.request.Parameters;

/**
 * Reads the coordinates of a request for the location rows: where they stand in the query when
 * the parser's values hold them, so that checking a location cuts no strings, and from the value
 * otherwise (parameters a product team's context built itself).
 */
final class LocationValues {

  private LocationValues() {}

  /**
   * Says whether the target's endpoint takes a location: from the parser's values when they were
   * read against that endpoint, which found {@code lat} and {@code lon} once for the query, and
   * from the endpoint otherwise.
   */
  static boolean takesLocation(Target target, Parameters parameters) {
    Endpoint endpoint = target.endpoint();
    return parameters.values() instanceof ParameterValues values
            && values.readAgainst(endpoint.parameters())
        ? values.takesLocation()
        : endpoint.takesLocation();
  }

  /**
   * Says whether the coverage holds the location: as the parser's values remember it for their
   * query, when they hold it, and from the coverage otherwise.
   */
  static boolean covered(Coverage coverage, Parameters parameters, double latitude,
      double longitude) {
    return parameters.values() instanceof ParameterValues values
        ? values.locatedIn(coverage)
        : coverage.contains(latitude, longitude);
  }

  /** Returns the parameter's value as a decimal number; NaN when absent or not one. */
  static double number(Parameters parameters, String name) {
    if (parameters.values() instanceof ParameterValues values) {
      return values.number(name);
    }
    String value = parameters.value(name);
    return value == null ? Double.NaN : ParameterType.FloatType.parse(value);
  }

  /** Returns the decimals of the parameter's value; -1 when absent. */
  static int decimals(Parameters parameters, String name) {
    if (parameters.values() instanceof ParameterValues values) {
      return values.decimals(name);
    }
    String value = parameters.value(name);
    return value == null ? -1 : ParameterType.FloatType.decimals(value);
  }
}
