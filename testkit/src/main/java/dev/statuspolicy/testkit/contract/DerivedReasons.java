package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Availability;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The standard rows a catalog or configuration leaves nothing to answer, each with the reason:
 * {@code version-retired} in a catalog without a retired version, {@code https-required} when
 * the policy does not require HTTPS, and so on. A team declares only the rest.
 */
final class DerivedReasons {

  private DerivedReasons() {}

  static Map<RowId, String> of(PolicyConfig config) {
    Map<RowId, String> reasons = new LinkedHashMap<>();
    if (!config.httpsRequired()) {
      reasons.put(StandardRow.HTTPS_REQUIRED.id(), "the policy does not require HTTPS");
    }
    if (config.quotaOutage() instanceof QuotaOutage.FailOpen) {
      reasons.put(StandardRow.QUOTA_UNKNOWN.id(), "the quota outage is fail-open: the row passes, and records it");
    }
    boolean strict = config.siteIdentification() == IdentificationMode.STRICT
        || any(config, p -> p.identification() == IdentificationMode.STRICT);
    if (!strict) {
      reasons.put(StandardRow.CLIENT_UNIDENTIFIED.id(), "the site and every product are lenient");
    }
    if (!anyVersion(config, v -> v.lifecycle() instanceof Lifecycle.Retired)) {
      reasons.put(StandardRow.VERSION_RETIRED.id(), "no version of the catalog is retired");
    }
    if (!anyVersion(config, v -> !(v.availability() instanceof Availability.Operational))) {
      reasons.put(StandardRow.PRODUCT_UNAVAILABLE.id(), "every version of the catalog is operational");
    }
    if (!any(config, p -> p.access() instanceof Access.Restricted)) {
      reasons.put(StandardRow.CREDENTIALS_REQUIRED.id(), "no product of the catalog is restricted");
      reasons.put(StandardRow.ACCESS_DENIED.id(), "no product of the catalog is restricted");
    }
    if (!any(config, p -> p.precision().enforced() && takesLocation(p))) {
      reasons.put(StandardRow.COORDINATES_TOO_PRECISE.id(), "no product that takes a location enforces a precision");
    }
    if (!any(config, p -> p.versions().stream().anyMatch(v -> v.endpoints().stream()
        .anyMatch(e -> !e.parameters().isEmpty())))) {
      reasons.put(StandardRow.PARAMETER_INVALID.id(), "no endpoint of the catalog declares a parameter");
    }
    if (!any(config, p -> takesLocation(p) && !p.coverage().equals(Coverage.globe()))) {
      reasons.put(StandardRow.OUTSIDE_COVERAGE.id(), "no product that takes a location covers less than the globe");
    }
    if (!anyVersion(config, v -> v.lifecycle() instanceof Lifecycle.Deprecated)) {
      reasons.put(StandardRow.VERSION_DEPRECATED.id(), "no version of the catalog is deprecated");
    }
    if (!anyVersion(config, v -> v.lifecycle() instanceof Lifecycle.Beta)) {
      reasons.put(StandardRow.VERSION_BETA.id(), "no version of the catalog is in beta");
    }
    if (!anyVersion(config, v -> v.lifecycle() instanceof Lifecycle.Stable)) {
      reasons.put(StandardRow.NOT_MODIFIED.id(), "no version of the catalog is stable, and only a stable one answers 304");
    }
    return reasons;
  }

  private static boolean takesLocation(Product product) {
    return product.versions().stream().anyMatch(v -> v.endpoints().stream().anyMatch(Endpoint::takesLocation));
  }

  private static boolean any(PolicyConfig config, Predicate<Product> test) {
    return config.catalog().products().stream().anyMatch(test);
  }

  private static boolean anyVersion(PolicyConfig config, Predicate<ProductVersion> test) {
    return any(config, p -> p.versions().stream().anyMatch(test));
  }
}
