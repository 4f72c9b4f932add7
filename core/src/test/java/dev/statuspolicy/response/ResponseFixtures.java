package dev.statuspolicy.response;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Availability;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.RequestFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A small weather API shared by the response tests: one product per lifecycle and access rule,
 * and a clock frozen at {@link #NOW}, so that every date in a response is predictable.
 */
final class ResponseFixtures {

  /** The policy's clock: Sunday 1 March 2026, noon UTC. */
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  /** When the data of {@link #validators()} last changed: one day before {@link #NOW}. */
  static final Instant LAST_MODIFIED = Instant.parse("2026-02-28T12:00:00Z");

  /** When the data of {@link #validators()} expires: ten minutes after {@link #NOW}. */
  static final Instant EXPIRES = Instant.parse("2026-03-01T12:10:00Z");

  /** The strong entity tag of {@link #validators()}. */
  static final String ETAG = "\"v42\"";

  /** A stable, global, strict product with lat, lon and altitude, plus retired and deprecated versions. */
  static final String STABLE = "/weatherapi/locationforecast/2.0/compact";

  /**
   * Locationforecast 1.9: deprecated 2026-01-15, sunset 2026-06-01, successor 2.0, documented at
   * {@link #DEPRECATION_NOTICE}.
   */
  static final String DEPRECATED = "/weatherapi/locationforecast/1.9/compact";

  /** Where the deprecation of Locationforecast 1.9 is documented. */
  static final String DEPRECATION_NOTICE = "https://api.example.org/doc/changelog#locationforecast-1.9";

  /** Locationforecast 1.0: retired, successor 2.0. */
  static final String RETIRED = "/weatherapi/locationforecast/1.0/compact";

  /** Nowcast 2.0 in beta, covering the Nordic countries only. */
  static final String BETA = "/weatherapi/nowcast/2.0/complete";

  /** A restricted product: realm {@code weatherapi}, scope {@code satellite}. */
  static final String RESTRICTED = "/weatherapi/satellite/1.0/image";

  /** A product down for maintenance for the next two minutes. */
  static final String MAINTENANCE = "/weatherapi/radar/2.0/image";

  private ResponseFixtures() {}

  /** Returns the fixed clock. */
  static Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }

  /** Returns the catalog of the fixture. */
  static Catalog catalog() {
    Endpoint forecast = Endpoint.of("compact",
        ParameterSpec.latitude(),
        ParameterSpec.longitude(),
        ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)));
    Product locationforecast = Product.builder("locationforecast")
        .version(ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2025, 9, 1), "2.0"), forecast))
        .version(ProductVersion.of("1.9",
            Lifecycle.deprecated(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 1), "2.0")
                .withDocumentation(DEPRECATION_NOTICE), forecast))
        .version(ProductVersion.of("2.0", Lifecycle.stable(), forecast))
        .currentVersion("2.0")
        .build();
    Product nowcast = Product.builder("nowcast")
        .coverage(Coverage.box(54, 4, 72, 32))
        .version(ProductVersion.of("2.0", Lifecycle.beta(),
            Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
        .build();
    Product satellite = Product.builder("satellite")
        .access(Access.restricted("weatherapi", "satellite"))
        .version(ProductVersion.of("1.0", Lifecycle.stable(), Endpoint.of("image")))
        .build();
    Product radar = Product.builder("radar")
        .version(ProductVersion.of("2.0", Lifecycle.stable(), Endpoint.of("image"))
            .withAvailability(Availability.maintenance(Duration.ofSeconds(120))))
        .build();
    return Catalog.of(locationforecast, nowcast, satellite, radar);
  }

  /** Returns a builder with the fixture's catalog and clock, and every other default. */
  static StatusPolicyBuilder policyBuilder() {
    return StatusPolicy.builder().catalog(catalog()).clock(clock());
  }

  /** Returns the fixture's policy. */
  static StatusPolicy policy() {
    return policyBuilder().build();
  }

  /** Returns the validators of the fixture's data: Last-Modified, Expires and a strong ETag. */
  static Validators validators() {
    return new Validators(LAST_MODIFIED, EXPIRES, ETAG);
  }

  /** Returns a well-identified GET of the stable product, for Oslo. */
  static RequestFacts.Builder oslo() {
    return RequestFacts.builder()
        .method("GET")
        .target(STABLE + "?lat=59.9139&lon=10.7522")
        .header("User-Agent", "AcmeWeather/1.2 support@acme.example");
  }

  /** Returns a well-identified GET of {@code path}, for Oslo. */
  static RequestFacts.Builder oslo(String path) {
    return oslo().target(path + "?lat=59.9139&lon=10.7522");
  }
}
