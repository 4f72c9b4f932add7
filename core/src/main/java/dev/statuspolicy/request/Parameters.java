package dev.statuspolicy.request;

import dev.statuspolicy.internal.parse.ParameterValues;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a request, read against its endpoint's specs: the decoded values of
 * the parameters the endpoint declares, and every error found. Undeclared parameters are ignored.
 *
 * @param values decoded values by name, for declared parameters given exactly once
 * @param errors every parameter error, in the endpoint's declaration order
 */
public record Parameters(Map<String, String> values, List<ParameterError> errors) {

  private static final Parameters NONE = new Parameters(Map.of(), List.of());

  /**
   * Copies the maps.
   *
   * @param values decoded values by name; copied
   * @param errors every parameter error, in declaration order; copied
   * @throws NullPointerException if an argument is null
   */
  public Parameters {
    Objects.requireNonNull(values, "values");
    // The parser's value maps are immutable already: copying them would only cost time.
    values = values instanceof ParameterValues ? values : Map.copyOf(values);
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
  }

  /** {@return "no parameters"} */
  public static Parameters none() {
    return NONE;
  }

  /**
   * Returns a decoded value.
   *
   * @param name the parameter
   * @return the value, or null when absent, repeated or undecodable
   */
  public @Nullable String value(String name) {
    return values.get(name);
  }

  /** {@return whether every parameter is valid} */
  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * Returns whether the named parameter has an error.
   *
   * @param name the parameter
   * @return true when it was rejected
   */
  public boolean rejected(String name) {
    for (ParameterError error : errors) {
      if (error.name().equals(name)) {
        return true;
      }
    }
    return false;
  }
}
