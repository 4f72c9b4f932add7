package dev.statuspolicy.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One version of a product, such as Locationforecast {@code 2.0}.
 *
 * @param version the path segment, such as {@code 2.0}; never {@code _}, which means "current"
 * @param lifecycle beta, stable, deprecated or retired
 * @param availability operational, in maintenance, or not configured
 * @param endpoints the endpoints, with unique names
 */
public record ProductVersion(
    String version, Lifecycle lifecycle, Availability availability, List<Endpoint> endpoints) {

  /**
   * Validates the version.
   *
   * @param version the path segment, such as {@code 2.0}; not {@code _}
   * @param lifecycle beta, stable, deprecated or retired
   * @param availability operational, in maintenance, or not configured
   * @param endpoints the endpoints, with unique names; copied
   * @throws IllegalArgumentException if the version is empty, {@code _} or holds {@code /}, or
   *     an endpoint name repeats
   * @throws NullPointerException if an argument is null
   */
  public ProductVersion {
    Catalog.requireSegment("version", version);
    if (version.equals(Catalog.CURRENT_VERSION)) {
      throw new IllegalArgumentException("version '_' is reserved for the current version");
    }
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(availability, "availability");
    endpoints = List.copyOf(endpoints);
    Set<String> seen = new HashSet<>();
    for (Endpoint endpoint : endpoints) {
      if (!seen.add(endpoint.name())) {
        throw new IllegalArgumentException(
            "version '" + version + "' declares endpoint '" + endpoint.name() + "' twice");
      }
    }
  }

  /**
   * Returns an operational version.
   *
   * @param version the path segment, such as {@code 2.0}; not {@code _}
   * @param lifecycle beta, stable, deprecated or retired
   * @param endpoints the endpoints, with unique names
   * @return an operational version
   * @throws IllegalArgumentException as for the canonical constructor
   */
  public static ProductVersion of(String version, Lifecycle lifecycle, Endpoint... endpoints) {
    return new ProductVersion(version, lifecycle, Availability.operational(), List.of(endpoints));
  }

  /**
   * Returns a copy with another availability.
   *
   * @param availability the new availability; not null
   * @return a copy of this version with {@code availability}
   */
  public ProductVersion withAvailability(Availability availability) {
    return new ProductVersion(version, lifecycle, availability, endpoints);
  }

  /**
   * Finds an endpoint.
   *
   * @param name the path segment
   * @return the endpoint, or null when this version has none by that name
   */
  public @Nullable Endpoint endpoint(String name) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.name().equals(name)) {
        return endpoint;
      }
    }
    return null;
  }
}
