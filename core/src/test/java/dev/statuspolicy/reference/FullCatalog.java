package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Availability;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Test fixture: a catalog with one of everything, so that every standard row can be reached. */
final class FullCatalog {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:15:00Z"), ZoneOffset.UTC);

  private FullCatalog() {}

  static Catalog catalog(HttpStatus precisionStatus, HttpStatus outsideStatus) {
    Endpoint point = Endpoint.of("point", ParameterSpec.latitude(), ParameterSpec.longitude(),
        ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)))
        .withOutsideCoverage(outsideStatus);
    Product regional = Product.builder("regional")
        .coverage(Coverage.box(50, 0, 60, 20))
        .precision(CoordinatePrecision.enforced(4, precisionStatus))
        .version(ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2024, 1, 1), "3.0"), point))
        .version(ProductVersion.of("2.0",
            Lifecycle.deprecated(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "3.0"), point))
        .version(ProductVersion.of("3.0", Lifecycle.stable(), point))
        .version(ProductVersion.of("4.0", Lifecycle.beta(), point))
        .version(ProductVersion.of("5.0", Lifecycle.beta(), point)
            .withAvailability(Availability.maintenance(java.time.Duration.ofMinutes(5))))
        .currentVersion("3.0")
        .build();
    Product restricted = Product.builder("restricted")
        .access(Access.restricted("weather", "radar"))
        .version(ProductVersion.of("1.0", Lifecycle.stable(),
            Endpoint.of("frame", ParameterSpec.required("site", ParameterType.string()))))
        .build();
    return Catalog.of(regional, restricted);
  }

  static StatusPolicyBuilder builder() {
    return StatusPolicy.builder()
        .catalog(catalog(HttpStatus.FORBIDDEN, HttpStatus.UNPROCESSABLE_ENTITY))
        .requireHttps("api.example.org")
        .quotaOutage(dev.statuspolicy.QuotaOutage.failClosed(java.time.Duration.ofSeconds(5)))
        .clock(CLOCK);
  }
}
