package dev.statuspolicy.catalog;

import java.util.Objects;

/**
 * The catalog entry a request path resolved to.
 *
 * @param product the product
 * @param version the version (the current one when the path said {@code _})
 * @param endpoint the endpoint
 */
public record Target(Product product, ProductVersion version, Endpoint endpoint) {
  /**
   * Validates the triple.
   *
   * @param product the product
   * @param version the version (the current one when the path said {@code _})
   * @param endpoint the endpoint
   * @throws NullPointerException if an argument is null
   */
  public Target {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(endpoint, "endpoint");
  }
}
