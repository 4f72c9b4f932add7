package dev.statuspolicy.catalog;

import dev.statuspolicy.decision.HttpStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One endpoint of a product version, such as {@code compact}, with the parameters it accepts.
 * An endpoint named {@code available} is the list of available data; products that do not list
 * it answer it with 404, like any unknown endpoint.
 *
 * @param name the path segment, such as {@code compact}
 * @param parameters the accepted parameters, with unique names
 * @param outsideCoverage the answer to a location outside the product's area: 422, or 404 for
 *     endpoints that keep the legacy behaviour of XML formats
 */
public record Endpoint(String name, List<ParameterSpec> parameters, HttpStatus outsideCoverage) {

  /**
   * Validates the endpoint.
   *
   * @param name the path segment; not empty and without {@code /}
   * @param parameters the accepted parameters, with unique names; copied
   * @param outsideCoverage 422 or 404, the answer to a location outside the product's area
   * @throws IllegalArgumentException if the name is empty or holds {@code /}, a parameter name
   *     repeats, or {@code outsideCoverage} is neither 422 nor 404
   * @throws NullPointerException if an argument is null
   */
  public Endpoint {
    Catalog.requireSegment("endpoint name", name);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(outsideCoverage, "outsideCoverage");
    Set<String> seen = new HashSet<>();
    for (ParameterSpec spec : parameters) {
      if (!seen.add(spec.name())) {
        throw new IllegalArgumentException(
            "endpoint '" + name + "' declares parameter '" + spec.name() + "' twice");
      }
    }
    if (outsideCoverage != HttpStatus.UNPROCESSABLE_ENTITY && outsideCoverage != HttpStatus.NOT_FOUND) {
      throw new IllegalArgumentException(
          "outsideCoverage must be 422 or 404, was " + outsideCoverage.code());
    }
  }

  /**
   * Returns an endpoint that answers 422 outside the product's area.
   *
   * @param name the path segment
   * @param parameters the accepted parameters
   * @return the endpoint
   * @throws IllegalArgumentException as for the canonical constructor
   */
  public static Endpoint of(String name, ParameterSpec... parameters) {
    return new Endpoint(name, List.of(parameters), HttpStatus.UNPROCESSABLE_ENTITY);
  }

  /**
   * Returns a copy with another answer outside the product's area.
   *
   * @param status 422 or 404
   * @return a copy of this endpoint that answers {@code status} outside the area
   * @throws IllegalArgumentException if {@code status} is neither
   */
  public Endpoint withOutsideCoverage(HttpStatus status) {
    return new Endpoint(name, parameters, status);
  }

  /**
   * Finds a parameter spec.
   *
   * @param parameter the name
   * @return the spec, or null when the endpoint does not accept it
   */
  public @Nullable ParameterSpec parameter(String parameter) {
    for (ParameterSpec spec : parameters) {
      if (spec.name().equals(parameter)) {
        return spec;
      }
    }
    return null;
  }

  /** {@return whether the endpoint takes a location ({@code lat} and {@code lon})} */
  public boolean takesLocation() {
    return parameter(ParameterSpec.LATITUDE) != null && parameter(ParameterSpec.LONGITUDE) != null;
  }
}
