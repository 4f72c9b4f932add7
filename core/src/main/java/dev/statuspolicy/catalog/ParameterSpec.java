package dev.statuspolicy.catalog;

import java.util.Objects;

/**
 * One query parameter an endpoint accepts. Parameters the endpoint does not list are ignored.
 * The names {@code lat} and {@code lon} are the location: the coordinate-precision rule and the
 * coverage check read them.
 *
 * @param name the parameter name: a letter, then letters, digits or {@code _}
 * @param type what a value must look like
 * @param required whether a request without it is a 400
 */
public record ParameterSpec(String name, ParameterType type, boolean required) {

  /** The parameter holding the latitude. */
  public static final String LATITUDE = "lat";

  /** The parameter holding the longitude. */
  public static final String LONGITUDE = "lon";

  /**
   * Validates the spec.
   *
   * @param name the parameter name: a letter, then letters, digits or {@code _}
   * @param type what a value must look like
   * @param required whether a request without it is a 400
   * @throws IllegalArgumentException if {@code name} is not a valid parameter name
   * @throws NullPointerException if an argument is null
   */
  public ParameterSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    if (!ParameterType.StringType.isIdentifier(name)) {
      throw new IllegalArgumentException(
          "parameter name must be a letter followed by letters, digits or _, was '" + name + "'");
    }
  }

  /**
   * Returns a required parameter.
   *
   * @param name the parameter name: a letter, then letters, digits or {@code _}
   * @param type what a value must look like
   * @return a parameter whose absence is a 400
   * @throws IllegalArgumentException if {@code name} is not a valid parameter name
   */
  public static ParameterSpec required(String name, ParameterType type) {
    return new ParameterSpec(name, type, true);
  }

  /**
   * Returns an optional parameter.
   *
   * @param name the parameter name: a letter, then letters, digits or {@code _}
   * @param type what a value must look like
   * @return a parameter that may be left out
   * @throws IllegalArgumentException if {@code name} is not a valid parameter name
   */
  public static ParameterSpec optional(String name, ParameterType type) {
    return new ParameterSpec(name, type, false);
  }

  /** {@return the required {@code lat} parameter: a float from -90 to 90} */
  public static ParameterSpec latitude() {
    return required(LATITUDE, ParameterType.decimal(-90, 90));
  }

  /** {@return the required {@code lon} parameter: a float from -180 to 180} */
  public static ParameterSpec longitude() {
    return required(LONGITUDE, ParameterType.decimal(-180, 180));
  }
}
