package dev.statuspolicy.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The products an API serves, under a base path such as {@code /weatherapi}. Request paths have
 * the form {@code <base>/{product}/{version}/{endpoint}}; {@code _} as the version means the
 * product's current version. Lookups cost one hash probe, whatever the catalog's size, and a path
 * that names an endpoint allocates nothing: every such path is a key of a table built once.
 *
 * <p>Immutable and thread-safe.
 */
public final class Catalog {

  /** The version segment that stands for the product's current version. */
  public static final String CURRENT_VERSION = "_";

  /** The default base path, as MET uses it. */
  public static final String DEFAULT_BASE_PATH = "/weatherapi";

  private static final Catalog EMPTY = new Catalog(DEFAULT_BASE_PATH, Map.of());

  private final String basePath;
  private final Map<String, Product> products;
  /** Open-addressing table from {@code product/version/endpoint} to its ready-made lookup. */
  private final String[] keys;
  private final Lookup.Found[] found;
  private final int mask;
  /**
   * Paths recently found, by a cheap hash of the raw path: a host is asked for the same few
   * endpoints over and over, and comparing a path in full is cheaper than hashing it. Only paths
   * of the table are kept. Racy on purpose: the entries are immutable, and a lost write only
   * costs a miss.
   */
  private final @Nullable RecentPath[] recentPaths = new RecentPath[RECENT];

  private static final int RECENT = 64;

  /** A raw path that named an endpoint, and what it named. */
  private record RecentPath(String path, Lookup.Found found) {}

  private Catalog(String basePath, Map<String, Product> products) {
    this.basePath = basePath;
    this.products = products;
    int entries = 0;
    for (Product product : products.values()) {
      for (ProductVersion version : product.versions()) {
        int copies = version.version().equals(product.currentVersion()) ? 2 : 1;
        entries += copies * version.endpoints().size();
      }
    }
    int capacity = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
    this.keys = new String[capacity];
    this.found = new Lookup.Found[capacity];
    this.mask = capacity - 1;
    for (Product product : products.values()) {
      for (ProductVersion version : product.versions()) {
        for (Endpoint endpoint : version.endpoints()) {
          Lookup.Found lookup = new Lookup.Found(new Target(product, version, endpoint));
          put(product.name() + "/" + version.version() + "/" + endpoint.name(), lookup);
          if (version.version().equals(product.currentVersion())) {
            put(product.name() + "/" + CURRENT_VERSION + "/" + endpoint.name(), lookup);
          }
        }
      }
    }
  }

  private void put(String key, Lookup.Found lookup) {
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    found[slot] = lookup;
  }

  /** Finds the lookup whose key is {@code path} from {@code from} to its end, or returns null. */
  private Lookup.@Nullable Found find(String path, int from) {
    int length = path.length() - from;
    int end = path.length();
    // String.hashCode of the key, four characters a step: the same sum, with a quarter of the
    // chain of multiplications each character would otherwise wait on.
    int hash = 0;
    int i = from;
    for (; i + 3 < end; i += 4) {
      hash = 923_521 * hash + 29_791 * path.charAt(i) + 961 * path.charAt(i + 1)
          + 31 * path.charAt(i + 2) + path.charAt(i + 3);
    }
    for (; i < end; i++) {
      hash = 31 * hash + path.charAt(i);
    }
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (key.length() == length && path.regionMatches(from, key, 0, length)) {
        return found[slot];
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** {@return a catalog with no product: every path is a 404} */
  public static Catalog empty() {
    return EMPTY;
  }

  /**
   * Returns a catalog under {@code /weatherapi}.
   *
   * @param products the products, with unique names; none gives an empty catalog
   * @return a catalog of {@code products} under {@code /weatherapi}
   * @throws IllegalArgumentException if two products share a name
   */
  public static Catalog of(Product... products) {
    Builder builder = builder();
    for (Product product : products) {
      builder.product(product);
    }
    return builder.build();
  }

  /** {@return a builder with base path {@code /weatherapi} and no product} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the base path, such as {@code /weatherapi}} */
  public String basePath() {
    return basePath;
  }

  /** {@return the products, in the order they were added} */
  public Collection<Product> products() {
    return products.values();
  }

  /**
   * Finds a product.
   *
   * @param name the path segment
   * @return the product, or null
   */
  public @Nullable Product product(String name) {
    return products.get(name);
  }

  /**
   * Resolves a raw request path. Never throws.
   *
   * @param path the raw path, without the query string
   * @return what the path names
   */
  public Lookup resolve(String path) {
    int base = basePath.length();
    if (!path.startsWith(basePath) || path.length() <= base || path.charAt(base) != '/') {
      return new Lookup.NotAnApiPath();
    }
    int length = path.length();
    // Length and three characters near the end, where endpoint paths differ: a collision only
    // costs a miss, since a hit is compared in full.
    // With an empty base path the path may be "/" alone, so the second to last is read with care.
    int slot = (length * 961 + path.charAt(length - 1) * 31 + path.charAt(Math.max(0, length - 2))
        + path.charAt(base + ((length - base) >> 1))) & (RECENT - 1);
    RecentPath recent = recentPaths[slot];
    if (recent != null && recent.path().equals(path)) {
      return recent.found();
    }
    Lookup.Found hit = find(path, base + 1);
    if (hit != null) {
      recentPaths[slot] = new RecentPath(path, hit);
      return hit;
    }
    int productEnd = path.indexOf('/', base + 1);
    if (productEnd < 0) {
      return new Lookup.NotAnApiPath();
    }
    int versionEnd = path.indexOf('/', productEnd + 1);
    if (versionEnd < 0 || path.indexOf('/', versionEnd + 1) >= 0) {
      return new Lookup.NotAnApiPath();
    }
    String productName = path.substring(base + 1, productEnd);
    Product product = products.get(productName);
    if (product == null) {
      return new Lookup.UnknownProduct(productName);
    }
    String versionName = path.substring(productEnd + 1, versionEnd);
    ProductVersion version = product.version(versionName);
    if (version == null) {
      return new Lookup.UnknownVersion(product, versionName);
    }
    String endpointName = path.substring(versionEnd + 1);
    Endpoint endpoint = version.endpoint(endpointName);
    if (endpoint == null) {
      return new Lookup.UnknownEndpoint(product, version, endpointName);
    }
    return new Lookup.Found(new Target(product, version, endpoint));
  }

  static void requireSegment(String what, String segment) {
    Objects.requireNonNull(segment, what);
    if (segment.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '%' || c <= ' ' || c >= 0x7f) {
        throw new IllegalArgumentException(
            what + " must be a plain path segment without '/', '?', '#', '%', spaces or control"
                + " characters, was '" + segment + "'");
      }
    }
  }

  /** Builds a {@link Catalog}. Not thread-safe. */
  public static final class Builder {
    private String basePath = DEFAULT_BASE_PATH;
    private final Map<String, Product> products = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the base path; {@code /weatherapi} by default. Use {@code ""} for products at the root.
     * It is compared with raw request paths and written into {@code Link} headers, so each of its
     * segments must be a plain path segment, as product names are.
     *
     * @param basePath the path before the product names, such as {@code /weatherapi}; {@code ""}
     *     for the root
     * @return this builder
     * @throws IllegalArgumentException if the path is not empty and does not start with {@code /},
     *     ends with {@code /}, has an empty segment, or holds {@code ?}, {@code #}, {@code %}, a
     *     space, a control or a non-ASCII character
     */
    public Builder basePath(String basePath) {
      Objects.requireNonNull(basePath, "basePath");
      if (!basePath.isEmpty() && (!basePath.startsWith("/") || basePath.endsWith("/"))) {
        throw new IllegalArgumentException(
            "basePath must be empty or start with '/' and not end with '/', was '" + basePath + "'");
      }
      for (String segment : basePath.isEmpty() ? new String[0] : basePath.substring(1).split("/", -1)) {
        try {
          requireSegment("basePath segment", segment);
        } catch (IllegalArgumentException bad) {
          throw new IllegalArgumentException(
              "basePath must be '/'-separated plain segments: " + bad.getMessage() + " (basePath was '"
                  + basePath + "')", bad);
        }
      }
      this.basePath = basePath;
      return this;
    }

    /**
     * Adds a product.
     *
     * @param product the product to add; not null
     * @return this builder
     * @throws IllegalArgumentException if a product of that name was already added
     */
    public Builder product(Product product) {
      Objects.requireNonNull(product, "product");
      if (products.putIfAbsent(product.name(), product) != null) {
        throw new IllegalArgumentException("the catalog already has a product '" + product.name() + "'");
      }
      return this;
    }

    /** {@return the catalog} The builder may be reused. */
    public Catalog build() {
      return new Catalog(basePath, Collections.unmodifiableMap(new LinkedHashMap<>(products)));
    }
  }
}
