package dev.statuspolicy.benchmarks;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.RequestFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog, policy and requests every benchmark shares: a MET-like {@code nowcast} product
 * with a Nordic polygon coverage, enforced coordinate precision and three parameters.
 */
public final class Fixtures {

  /** The fixed instant the policy's clock reads. */
  public static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  /** A policy with the default quotas, to name the claim of a request before it is counted. */
  private static final StatusPolicy DEFAULT_QUOTAS = StatusPolicy.ofDefaults();

  /** The product every request names. */
  public static final String PRODUCT = "nowcast";

  /** A request id, echoed as the problem {@code instance}. */
  public static final String REQUEST_ID = "req-7f3a9c";

  /** The problem type base of the policy; the alternatives use the same. */
  public static final String TYPE_BASE = "https://api.example.org/problems/";

  /** The path of the hot path and of every error but 405. */
  public static final String PATH = "/weatherapi/nowcast/2.0/complete";

  /** A query inside the coverage, with valid parameters. */
  public static final String GOOD_QUERY = "lat=59.9333&lon=10.7166&altitude=90";

  /** A query with three bad parameters: not a number, out of range, not an integer. */
  public static final String BAD_QUERY = "lat=abc&lon=999&altitude=high";

  /** A valid location outside the coverage (Rome). */
  public static final String OUTSIDE_QUERY = "lat=41.9028&lon=12.4964&altitude=20";

  /** The user agent of an identified application. */
  public static final String AGENT = "AcmeWeather/2.1 github.com/acme/weather";

  /** The ETag of the backend's document. */
  public static final String ETAG = "\"nowcast-20261125T1155\"";

  /** The backend's successful outcome, with all three validators. */
  public static final Outcome DATA = Outcome.data(new Validators(
      Instant.parse("2026-11-25T11:55:00Z"), Instant.parse("2026-11-25T12:05:00Z"), ETAG));

  private Fixtures() {}

  /** Returns a Nordic ring of ten vertices, roughly Norway, Sweden and Finland. */
  public static List<GeoPoint> nordicRing() {
    return List.of(
        GeoPoint.of(54.5, 4.0), GeoPoint.of(54.5, 12.0), GeoPoint.of(55.0, 20.0),
        GeoPoint.of(59.5, 32.0), GeoPoint.of(71.5, 32.0), GeoPoint.of(72.0, 25.0),
        GeoPoint.of(71.0, 15.0), GeoPoint.of(67.0, 9.0), GeoPoint.of(62.0, 2.0),
        GeoPoint.of(58.0, 2.5));
  }

  /**
   * Returns a coastline-like ring of {@code vertices} points round Oslo: a circle whose radius
   * undulates in 37 bays, plus a deterministic jitter of up to a tenth of the spacing between
   * vertices, so edges are short and every band of the index holds a few of them.
   */
  public static List<GeoPoint> coastline(int vertices) {
    List<GeoPoint> ring = new ArrayList<>(vertices);
    double spacing = 2 * Math.PI * 8 / vertices;
    for (int i = 0; i < vertices; i++) {
      double angle = 2 * Math.PI * i / vertices;
      double jitter = ((i * 2654435761L) % 1000 / 1000.0 - 0.5) * 0.2 * spacing;
      double radius = 8 + 0.5 * Math.sin(37 * angle) + jitter;
      ring.add(GeoPoint.of(60 + radius * Math.sin(angle), 10 + 2 * radius * Math.cos(angle)));
    }
    return ring;
  }

  /**
   * Returns an adversarial ring of {@code vertices} points round Oslo: a saw whose every edge
   * jumps a whole degree of radius, so edges are long and overlap many bands of the index.
   */
  public static List<GeoPoint> sawtooth(int vertices) {
    List<GeoPoint> ring = new ArrayList<>(vertices);
    for (int i = 0; i < vertices; i++) {
      double angle = 2 * Math.PI * i / vertices;
      double radius = 8 + (i % 2 == 0 ? 0.5 : -0.5);
      ring.add(GeoPoint.of(60 + radius * Math.sin(angle), 10 + 2 * radius * Math.cos(angle)));
    }
    return ring;
  }

  /** Returns the endpoint of the product: lat, lon and an optional altitude. */
  public static Endpoint endpoint() {
    return Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude(),
        ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)));
  }

  /**
   * Returns the endpoint with lat, lon and {@code extra} more optional integer parameters named
   * {@code p0}, {@code p1}...
   */
  public static Endpoint endpoint(int extra) {
    List<ParameterSpec> specs = new ArrayList<>();
    specs.add(ParameterSpec.latitude());
    specs.add(ParameterSpec.longitude());
    for (int i = 0; i < extra; i++) {
      specs.add(ParameterSpec.optional("p" + i, ParameterType.integer(0, 1000)));
    }
    return new Endpoint("complete", specs, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  /** Returns the product with the given coverage. */
  public static Product product(String name, Coverage coverage, Endpoint endpoint) {
    return Product.builder(name)
        .coverage(coverage)
        .precision(CoordinatePrecision.fourDecimals())
        .version(ProductVersion.of("1.0", Lifecycle.retired(java.time.LocalDate.of(2024, 1, 1), "2.0"),
            endpoint))
        .version(ProductVersion.of("2.0", Lifecycle.stable(), endpoint))
        .build();
  }

  /** Returns the catalog: {@code nowcast} plus {@code products - 1} filler products. */
  public static Catalog catalog(int products, Coverage coverage) {
    return catalog(products, coverage, endpoint());
  }

  /** Returns the catalog: {@code nowcast} with this endpoint, plus {@code products - 1} fillers. */
  public static Catalog catalog(int products, Coverage coverage, Endpoint endpoint) {
    Catalog.Builder builder = Catalog.builder();
    for (int i = 1; i < products; i++) {
      builder.product(Product.builder("product" + i)
          .version(ProductVersion.of("1.0", Lifecycle.stable(), endpoint))
          .build());
    }
    return builder.product(product(PRODUCT, coverage, endpoint)).build();
  }

  /** Returns the policy over a catalog, with a fixed clock and the shared type base. */
  public static StatusPolicy policy(Catalog catalog) {
    return StatusPolicy.builder()
        .catalog(catalog)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .problemTypeBase(TYPE_BASE)
        .build();
  }

  /** Returns the standard policy: ten products, the Nordic polygon. */
  public static StatusPolicy policy() {
    return policy(catalog(10, Coverage.polygon(nordicRing().toArray(new GeoPoint[0]))));
  }

  /** Returns a builder for an identified GET of the product, within quota, asking {@code accept}. */
  public static RequestFacts.Builder request(String query, String accept) {
    return request(query, accept, AGENT);
  }

  /**
   * Returns a builder for a GET of the product, within quota, from {@code agent}: the host
   * counted 3 requests for the claim the policy names, as a non-blocking host does.
   */
  public static RequestFacts.Builder request(String query, String accept, String agent) {
    RequestFacts.Builder request = RequestFacts.builder()
        .method("GET")
        .path(PATH)
        .query(query)
        .header("User-Agent", agent)
        .header("Accept", accept)
        .requestId(REQUEST_ID);
    return counted(request, 3, Duration.ofMillis(400));
  }

  /** The requests an application over its 20 requests per second made in its current second. */
  public static final long OVER_QUOTA_REQUESTS = 35;

  /** How long until that second has room again. */
  public static final Duration OVER_QUOTA_RESET = Duration.ofMillis(600);

  /** Returns the request with a usage over its 20 requests per second. */
  public static RequestFacts.Builder overQuota(RequestFacts.Builder request) {
    return counted(request, OVER_QUOTA_REQUESTS, OVER_QUOTA_RESET);
  }

  /**
   * Adds the usage counted for the claim a policy with the default quotas names: every policy of
   * these benchmarks has them, and no product declares its own.
   */
  private static RequestFacts.Builder counted(RequestFacts.Builder request, long requests, Duration resetIn) {
    QuotaClaim claim = DEFAULT_QUOTAS.quotaFor(request.build());
    return request.quota(claim.usage(requests, resetIn));
  }

  /** Checks at setup that a decision has the expected status, so no benchmark measures a typo. */
  public static void expect(HttpStatus expected, HttpStatus actual, String what) {
    if (expected != actual) {
      throw new IllegalStateException(what + ": expected " + expected + " but the policy said " + actual);
    }
  }
}
