package dev.statuspolicy.catalog;

import dev.statuspolicy.Quota;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A product of the API, such as {@code locationforecast}, with its versions and the rules every
 * version shares. Build one with {@link #builder(String)}.
 *
 * @param name the path segment, such as {@code nowcast}
 * @param access public (the default) or restricted
 * @param identification strict (the default) or lenient
 * @param coverage the model area; the globe by default
 * @param precision the coordinate-precision rule; not enforced by default
 * @param emptyResult what an empty document means; {@link EmptyResult#NO_DATA} by default
 * @param versions the versions, at least one, with unique names
 * @param currentVersion the version {@code _} stands for; never a retired one, whatever its date
 *     (to announce the end of the current version, deprecate it with a sunset)
 * @param identifiedQuota the quota of an identified application on this product; null (the
 *     default) for the policy's {@link dev.statuspolicy.PolicyConfig#identifiedQuota()}
 * @param unidentifiedQuota the quota of the unidentified clients a lenient product lets through;
 *     null (the default) for the policy's {@link dev.statuspolicy.PolicyConfig#unidentifiedQuota()}
 */
public record Product(
    String name,
    Access access,
    IdentificationMode identification,
    Coverage coverage,
    CoordinatePrecision precision,
    EmptyResult emptyResult,
    List<ProductVersion> versions,
    String currentVersion,
    @Nullable Quota identifiedQuota,
    @Nullable Quota unidentifiedQuota) {

  /**
   * Validates the product.
   *
   * @param name the path segment, such as {@code nowcast}
   * @param access public or restricted
   * @param identification strict or lenient
   * @param coverage the model area
   * @param precision the coordinate-precision rule
   * @param emptyResult what an empty document means
   * @param versions the versions, at least one, with unique names; copied
   * @param currentVersion the version {@code _} stands for; one of {@code versions}, not retired
   * @param identifiedQuota the quota of an identified application; null for the policy's
   * @param unidentifiedQuota the quota of unidentified clients of a lenient product; null for the
   *     policy's
   * @throws IllegalArgumentException if the name is not a path segment, there is no version, a
   *     version repeats, {@code currentVersion} is not one of the versions or is retired, a
   *     version's successor is itself, is not a version of this product, or is retired, or the
   *     product is lenient, both quotas are given and the unidentified one does not allow fewer
   *     requests per second. (When only one is given, the policy checks it against its own when
   *     it is built; a strict product never applies an unidentified quota.)
   * @throws NullPointerException if an argument is null
   */
  public Product {
    Catalog.requireSegment("product name", name);
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(identification, "identification");
    Objects.requireNonNull(coverage, "coverage");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(emptyResult, "emptyResult");
    Objects.requireNonNull(currentVersion, "currentVersion");
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("product '" + name + "' needs at least one version");
    }
    Set<String> seen = new HashSet<>();
    for (ProductVersion version : versions) {
      if (!seen.add(version.version())) {
        throw new IllegalArgumentException(
            "product '" + name + "' declares version '" + version.version() + "' twice");
      }
    }
    if (!seen.contains(currentVersion)) {
      throw new IllegalArgumentException(
          "product '" + name + "' has no version '" + currentVersion + "' to be current");
    }
    // only a lenient product ever applies its unidentified quota, so only there must it be lower
    if (identification == IdentificationMode.LENIENT && identifiedQuota != null
        && unidentifiedQuota != null && !unidentifiedQuota.isLowerThan(identifiedQuota)) {
      throw new IllegalArgumentException("product '" + name + "': unidentifiedQuota must allow"
          + " fewer requests per second than identifiedQuota");
    }
    if (find(versions, currentVersion).lifecycle() instanceof Lifecycle.Retired) {
      throw new IllegalArgumentException("currentVersion of product '" + name
          + "' must not be retired: '_' would then name a version that is never served, was '"
          + currentVersion + "'");
    }
    for (ProductVersion version : versions) {
      requireLiveSuccessor(name, versions, version);
    }
  }

  /** Refuses a successor that a client could not move to: itself, a missing or retired version. */
  private static void requireLiveSuccessor(
      String name, List<ProductVersion> versions, ProductVersion version) {
    Lifecycle lifecycle = version.lifecycle();
    String successor = lifecycle instanceof Lifecycle.Deprecated deprecated ? deprecated.successor()
        : lifecycle instanceof Lifecycle.Retired retired ? retired.successor() : null;
    if (successor == null) {
      return;
    }
    String of = "successor of " + name + "/" + version.version();
    if (successor.equals(version.version())) {
      throw new IllegalArgumentException(of + " must be another version, was itself");
    }
    ProductVersion next = find(versions, successor);
    if (next == null) {
      throw new IllegalArgumentException(
          of + " must be a version of product '" + name + "', was '" + successor + "'");
    }
    if (next.lifecycle() instanceof Lifecycle.Retired) {
      throw new IllegalArgumentException(of + " must not be retired, was '" + successor + "'");
    }
  }

  private static @Nullable ProductVersion find(List<ProductVersion> versions, String version) {
    for (ProductVersion candidate : versions) {
      if (candidate.version().equals(version)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Returns a builder.
   *
   * @param name the path segment, such as {@code nowcast}
   * @return a builder with every default and no version yet
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Finds a version; {@code _} finds the current one.
   *
   * @param version the path segment
   * @return the version, or null when there is none by that name
   */
  public @Nullable ProductVersion version(String version) {
    return find(versions, version.equals(Catalog.CURRENT_VERSION) ? currentVersion : version);
  }

  /** Builds a {@link Product}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private Access access = Access.open();
    private IdentificationMode identification = IdentificationMode.STRICT;
    private Coverage coverage = Coverage.globe();
    private CoordinatePrecision precision = CoordinatePrecision.notEnforced();
    private EmptyResult emptyResult = EmptyResult.NO_DATA;
    private final List<ProductVersion> versions = new ArrayList<>();
    private @Nullable String currentVersion;
    private @Nullable Quota identifiedQuota;
    private @Nullable Quota unidentifiedQuota;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the access rule; public by default.
     *
     * @param access the access rule; not null
     * @return this builder
     */
    public Builder access(Access access) {
      this.access = Objects.requireNonNull(access, "access");
      return this;
    }

    /**
     * Sets the identification mode; strict by default.
     *
     * @param identification the identification mode; not null
     * @return this builder
     */
    public Builder identification(IdentificationMode identification) {
      this.identification = Objects.requireNonNull(identification, "identification");
      return this;
    }

    /**
     * Sets the coverage; the globe by default.
     *
     * @param coverage the model area; not null
     * @return this builder
     */
    public Builder coverage(Coverage coverage) {
      this.coverage = Objects.requireNonNull(coverage, "coverage");
      return this;
    }

    /**
     * Sets the coordinate-precision rule; not enforced by default.
     *
     * @param precision the coordinate-precision rule; not null
     * @return this builder
     */
    public Builder precision(CoordinatePrecision precision) {
      this.precision = Objects.requireNonNull(precision, "precision");
      return this;
    }

    /**
     * Sets what an empty document means; {@link EmptyResult#NO_DATA} by default.
     *
     * @param emptyResult what an empty document means; not null
     * @return this builder
     */
    public Builder emptyResult(EmptyResult emptyResult) {
      this.emptyResult = Objects.requireNonNull(emptyResult, "emptyResult");
      return this;
    }

    /**
     * Adds a version.
     *
     * @param version the version to add; not null
     * @return this builder
     */
    public Builder version(ProductVersion version) {
      versions.add(Objects.requireNonNull(version, "version"));
      return this;
    }

    /**
     * Sets the version {@code _} stands for. By default it is the last stable version added, else
     * the last deprecated or beta one. It may not be a retired version, so a product whose
     * versions are all retired is refused when built.
     *
     * @param version the name of one of the added versions, such as {@code 2.0}
     * @return this builder
     */
    public Builder currentVersion(String version) {
      this.currentVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Gives the product its own quota for identified applications, counted apart from the
     * policy's; by default the policy's {@link dev.statuspolicy.PolicyConfig#identifiedQuota()}
     * applies. Its name names its counter: products that declare equal quotas share one.
     *
     * @param quota the quota
     * @return this builder
     * @throws NullPointerException if {@code quota} is null
     */
    public Builder identifiedQuota(Quota quota) {
      this.identifiedQuota = Objects.requireNonNull(quota, "identifiedQuota");
      return this;
    }

    /**
     * Gives the product its own quota for the unidentified clients a lenient product lets
     * through, all counted together; by default the policy's {@link
     * dev.statuspolicy.PolicyConfig#unidentifiedQuota()} applies. It must allow fewer requests
     * per second than the product's identified quota (its own, or the policy's).
     *
     * @param quota the quota
     * @return this builder
     * @throws NullPointerException if {@code quota} is null
     */
    public Builder unidentifiedQuota(Quota quota) {
      this.unidentifiedQuota = Objects.requireNonNull(quota, "unidentifiedQuota");
      return this;
    }

    /**
     * Returns the product.
     *
     * @return a new product with this builder's settings
     * @throws IllegalArgumentException if the product is invalid, as the record constructor says
     */
    public Product build() {
      if (versions.isEmpty()) {
        throw new IllegalArgumentException("product '" + name + "' needs at least one version");
      }
      String current = currentVersion != null ? currentVersion : defaultCurrent();
      return new Product(name, access, identification, coverage, precision, emptyResult, versions,
          current, identifiedQuota, unidentifiedQuota);
    }

    private String defaultCurrent() {
      String fallback = versions.get(versions.size() - 1).version();
      String live = null;
      String stable = null;
      for (ProductVersion version : versions) {
        if (version.lifecycle() instanceof Lifecycle.Stable) {
          stable = version.version();
        } else if (!(version.lifecycle() instanceof Lifecycle.Retired)) {
          live = version.version();
        }
      }
      return stable != null ? stable : live != null ? live : fallback;
    }
  }
}
