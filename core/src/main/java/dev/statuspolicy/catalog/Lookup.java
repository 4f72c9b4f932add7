package dev.statuspolicy.catalog;

import java.util.Objects;

/**
 * The result of resolving a request path against the catalog. Anything but {@link Found} is a 404
 * {@code product-unknown}; the variants say which part did not match, for the error message.
 */
public sealed interface Lookup {

  /**
   * The path names an endpoint of the catalog.
   *
   * @param target the catalog entry
   */
  record Found(Target target) implements Lookup {
    /**
     * @param target the catalog entry; not null
     * @throws NullPointerException if {@code target} is null
     */
    public Found {
      Objects.requireNonNull(target, "target");
    }
  }

  /** The path is not of the form {@code <base>/{product}/{version}/{endpoint}}. */
  record NotAnApiPath() implements Lookup {}

  /**
   * No product by this name.
   *
   * @param name the requested name, raw
   */
  record UnknownProduct(String name) implements Lookup {}

  /**
   * The product exists, the version does not.
   *
   * @param product the product
   * @param version the requested version, raw
   */
  record UnknownVersion(Product product, String version) implements Lookup {}

  /**
   * Product and version exist, the endpoint does not (for example {@code available} where it is
   * not supported).
   *
   * @param product the product
   * @param version the version
   * @param endpoint the requested endpoint, raw
   */
  record UnknownEndpoint(Product product, ProductVersion version, String endpoint)
      implements Lookup {}

  /** {@return the product the path named, or null when it named none} */
  default @org.jspecify.annotations.Nullable Product product() {
    if (this instanceof Found found) {
      return found.target().product();
    }
    if (this instanceof UnknownVersion unknown) {
      return unknown.product();
    }
    if (this instanceof UnknownEndpoint unknown) {
      return unknown.product();
    }
    return null;
  }
}
