package dev.statuspolicy.demo;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.EmptyResult;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.examples.nowcast.NowcastTeam;
import dev.statuspolicy.table.StandardRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The demo's catalog, modelled on MET Norway's products, and the policy built on it.
 *
 * <p>Locationforecast 2.0 (stable; 1.9 retired), Nowcast 2.0 (Nordic area, with the Nowcast team's
 * rows, from {@code examples/nowcast-team}), Oceanforecast 2.0
 * (seas of north-western Europe), Sunrise 3.0 (beta; 2.0 deprecated), Textforecast 2.0 (lenient:
 * unidentified clients are throttled, not refused) and Geosatellite 1.4 (restricted to the
 * {@code satellite} scope). Coverage areas are rough polygons and boxes, good for a demo only.
 */
public final class DemoCatalog {

  /** The instant the documentation is rendered at, so that docs/status-codes.md is reproducible. */
  public static final Instant DOCS_INSTANT = Instant.parse("2026-06-01T10:30:00Z");

  /** The realm of the demo's restricted products. */
  public static final String REALM = "weatherapi";

  /** The scope that Geosatellite requires. */
  public static final String SATELLITE_SCOPE = "satellite";

  /** The default limit of requests per second per identified application. */
  public static final int DEFAULT_RATE_LIMIT = 20;

  /**
   * What the demo does while its quota store cannot count: it fails closed, with a 503 and
   * {@code Retry-After: 5}, so that no application goes over its quota uncounted.
   */
  public static final QuotaOutage QUOTA_OUTAGE = QuotaOutage.failClosed(Duration.ofSeconds(5));

  private static final Catalog CATALOG = Catalog.of(
      locationforecast(), NowcastTeam.product(), oceanforecast(), sunrise(), textforecast(), geosatellite());

  private DemoCatalog() {}

  /**
   * Returns the demo catalog.
   *
   * @return the catalog, immutable and shared
   */
  public static Catalog catalog() {
    return CATALOG;
  }

  /**
   * Returns the fixed clock the documentation is rendered with.
   *
   * @return a clock fixed at {@link #DOCS_INSTANT}
   */
  public static Clock docsClock() {
    return Clock.fixed(DOCS_INSTANT, ZoneOffset.UTC);
  }

  /**
   * Builds the demo's policy: the demo catalog, problem types under the demo's base URI, and the
   * given per-application limit. It counts no requests: the generated docs and {@code explain}
   * describe one request at a time.
   *
   * @param clock the clock of the policy
   * @param requestsPerSecond the limit per identified application, at least 1
   * @return the policy
   * @throws IllegalArgumentException if {@code requestsPerSecond} is below 1
   */
  public static StatusPolicy policy(Clock clock, int requestsPerSecond) {
    return builder(clock, Quota.perSecond("default", requestsPerSecond), DEFAULT_ORIGIN).build();
  }

  /**
   * The address {@code serve} answers at unless told otherwise; the reference and {@code explain}
   * show problem types under it, so that they resolve while the demo runs there.
   */
  public static final String DEFAULT_ORIGIN = "http://127.0.0.1:8080";

  /**
   * Returns the problem-type base of a demo served at an origin: its own problem pages.
   *
   * @param origin the scheme, host and port, such as {@code http://127.0.0.1:8080}
   * @return the base, ending in '/'
   */
  public static String problemTypes(String origin) {
    return origin + CATALOG.basePath() + "/problems/";
  }

  /**
   * Builds the policy whose documents a demo served at an origin serves: the serving table,
   * {@link #servingPolicy}'s, with problem types under the origin, and no request counter, so
   * that rendering the documents counts no one's quota.
   *
   * @param clock the clock of the policy
   * @param identified the quota of each identified application
   * @param origin the scheme, host and port the demo answers at
   * @return the policy
   */
  public static StatusPolicy documentedPolicy(Clock clock, Quota identified, String origin) {
    return builder(clock, identified, origin)
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), new UnknownOutcomeRow())
        .build();
  }

  /**
   * Builds the policy the demo serves with: {@link #policy}'s, with the identified quota given,
   * the host's request counter, which the policy calls for each request that reaches row {@code
   * rate-limited}, and the demo's own row {@code demo-outcome-unknown}, which answers an unknown
   * {@code X-Demo-Outcome} with a 400. That row is left out of {@link #policy}, which the
   * reference and {@code explain} describe: it answers only the demo's device header, which a
   * real host of the catalog does not have, and which {@code explain} takes as a checked option.
   *
   * @param clock the clock of the policy
   * @param identified the quota of each identified application, such as 20 requests per second
   * @param counter the request counter: in process for one node, in Redis for several
   * @param origin the scheme, host and port the demo answers at, for its problem types
   * @return the policy
   */
  public static StatusPolicy servingPolicy(Clock clock, Quota identified, QuotaCounter counter,
      String origin) {
    return builder(clock, identified, origin)
        .quotaCounter(counter)
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), new UnknownOutcomeRow())
        .build();
  }

  private static StatusPolicyBuilder builder(Clock clock, Quota identified, String origin) {
    // the Nowcast team's rows, as the team ships them: radar-site-down, radar-coverage-degraded
    return NowcastTeam.extend(StatusPolicy.builder())
        .catalog(CATALOG)
        .clock(clock)
        .identifiedQuota(identified)
        // the demo protects its backends: while the quota store cannot count, it refuses
        .quotaOutage(QUOTA_OUTAGE)
        .problemTypeBase(problemTypes(origin));
  }

  private static ParameterSpec altitude() {
    return ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000));
  }

  private static Product locationforecast() {
    Endpoint[] endpoints = {
        Endpoint.of("compact", ParameterSpec.latitude(), ParameterSpec.longitude(), altitude()),
        Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude(), altitude()),
        Endpoint.of("classic", ParameterSpec.latitude(), ParameterSpec.longitude(), altitude())};
    return Product.builder("locationforecast")
        .identification(IdentificationMode.STRICT)
        .precision(CoordinatePrecision.fourDecimals())
        .version(ProductVersion.of("1.9",
            Lifecycle.retired(LocalDate.of(2021, 3, 1), "2.0"), endpoints))
        .version(ProductVersion.of("2.0", Lifecycle.stable(), endpoints))
        .currentVersion("2.0")
        .build();
  }

  private static Product oceanforecast() {
    return Product.builder("oceanforecast")
        .identification(IdentificationMode.STRICT)
        .precision(CoordinatePrecision.fourDecimals())
        .coverage(DemoCoverage.northWestEuropeanSeas())
        .version(ProductVersion.of("2.0", Lifecycle.stable(),
            Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
        .build();
  }

  private static Product sunrise() {
    ParameterSpec date = ParameterSpec.required("date", ParameterType.date());
    ParameterSpec offset = ParameterSpec.optional("offset", ParameterType.offset(-12 * 60, 15 * 60));
    Endpoint[] endpoints = {
        Endpoint.of("sun", ParameterSpec.latitude(), ParameterSpec.longitude(), date, offset),
        Endpoint.of("moon", ParameterSpec.latitude(), ParameterSpec.longitude(), date, offset)};
    return Product.builder("sunrise")
        .identification(IdentificationMode.STRICT)
        .precision(CoordinatePrecision.fourDecimals())
        .version(ProductVersion.of("2.0",
            Lifecycle.deprecated(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), "3.0"),
            endpoints))
        .version(ProductVersion.of("3.0", Lifecycle.beta(), endpoints))
        .currentVersion("3.0")
        .build();
  }

  private static Product textforecast() {
    return Product.builder("textforecast")
        .identification(IdentificationMode.LENIENT)
        .emptyResult(EmptyResult.MEANINGFUL)
        .version(ProductVersion.of("2.0", Lifecycle.stable(), Endpoint.of("overview")))
        .build();
  }

  private static Product geosatellite() {
    return Product.builder("geosatellite")
        .access(Access.restricted(REALM, SATELLITE_SCOPE))
        .identification(IdentificationMode.STRICT)
        .version(ProductVersion.of("1.4", Lifecycle.stable(),
            Endpoint.of("image", ParameterSpec.required("area", ParameterType.string())),
            Endpoint.of("available")))
        .build();
  }
}
