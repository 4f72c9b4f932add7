package dev.statuspolicy.reference;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builds the candidate examples that the reference tries, row by row, when the caller supplied
 * none: for every endpoint of the catalog, a valid request, then one variant per fault that a
 * standard row looks for (blocked client, an over-long target, POST, no User-Agent, over quota, a quota store
 * that cannot count, unknown endpoint, no or
 * weak credentials, too precise or missing parameters, a point outside coverage, each backend
 * outcome, a matching validator, and each custom outcome the table claims).
 *
 * <p>The search decides nothing itself: the reference runs the policy on each candidate and keeps
 * the first one that the wanted row decides. The candidates are ordered so that the first match is
 * the simplest request: variants in the order above, then endpoints in catalog order, the current
 * version of each product first.
 */
final class ExampleSearch {

  /** The User-Agent of every candidate that identifies itself. */
  static final String AGENT = "AcmeWeather/1.0 support@acme.example";

  private static final String ACCEPT = "application/problem+json";

  /** A request the catalog serves, with everything needed to vary it. */
  private record Base(Product product, ProductVersion version, Endpoint endpoint, String path,
      List<String> required, @Nullable String latitude, @Nullable String longitude,
      @Nullable String outsideLatitude, @Nullable String outsideLongitude) {}

  private final StatusPolicy policy;
  private final Validators validators;

  ExampleSearch(StatusPolicy policy) {
    this.policy = policy;
    Instant now = policy.config().clock().instant();
    Instant modified = now.truncatedTo(ChronoUnit.HOURS);
    this.validators = new Validators(modified, modified.plus(Duration.ofHours(1)), "\"example-1\"");
  }

  /** Returns every candidate, simplest first. */
  List<Example> candidates() {
    List<Base> bases = bases();
    List<Function<Base, @Nullable Example>> variants = variants();
    List<Example> candidates = new ArrayList<>(bases.size() * variants.size());
    for (Function<Base, @Nullable Example> variant : variants) {
      for (Base base : bases) {
        Example example = variant.apply(base);
        if (example != null) {
          candidates.add(example);
        }
      }
    }
    return candidates;
  }

  /**
   * Returns every candidate, then a POST from a blocked client, with an over-long target and over
   * plain HTTP at each endpoint, then the faults an admission row looks for, met on a path that
   * names no endpoint: what the generated API description shows for the other methods and for
   * "any other path".
   */
  List<Example> probes() {
    List<Example> probes = new ArrayList<>(candidates());
    List<Base> bases = bases();
    if (bases.isEmpty()) {
      return probes;
    }
    Outcome data = Outcome.data(validators);
    // what the edge rows answer a method other than GET and HEAD, at every endpoint
    for (Base each : bases) {
      probes.add(Example.of(valid(each).method("POST").blocklist(BlocklistStanding.BLOCKED).build(), data));
      probes.add(Example.of(valid(each).method("POST").target(tooLong(each)).build(), data));
      probes.add(Example.of(valid(each).method("POST").transport(Transport.HTTP).build(), data));
    }
    Base base = bases.get(0);
    String unknown = unknownEndpoint(base);
    probes.add(Example.of(valid(base).target(unknown).build(), data));
    probes.add(Example.of(valid(base).target(unknown).transport(Transport.HTTP).build(), data));
    probes.add(Example.of(valid(base).target(unknown).blocklist(BlocklistStanding.BLOCKED).build(), data));
    probes.add(Example.of(valid(base).target(unknown + "?padding="
        + "x".repeat(policy.config().maxTargetLength())).build(), data));
    probes.add(Example.of(valid(base).target(unknown).method("POST").build(), data));
    probes.add(Example.of(request(base, "", false).target(unknown).build(), data));
    probes.add(Example.of(overQuota(valid(base).target(unknown)), data));
    probes.add(Example.of(valid(base).target(unknown).quotaUnknown().build(), data));
    return probes;
  }

  private List<Function<Base, @Nullable Example>> variants() {
    Outcome data = Outcome.data(validators);
    List<Function<Base, @Nullable Example>> variants = new ArrayList<>(List.of(
        base -> Example.of(valid(base).build(), data),
        base -> Example.of(valid(base).transport(Transport.HTTP).build(), data),
        base -> Example.of(valid(base).blocklist(BlocklistStanding.BLOCKED).build(), data),
        base -> Example.of(valid(base).target(tooLong(base)).build(), data),
        base -> Example.of(valid(base).method("POST").build(), data),
        base -> Example.of(request(base, query(base, base.latitude(), base.longitude()), false)
            .build(), data),
        base -> Example.of(overQuota(valid(base)), data),
        base -> Example.of(valid(base).quotaUnknown().build(), data),
        base -> Example.of(valid(base).target(unknownEndpoint(base)).build(), data),
        base -> base.product().access() instanceof Access.Restricted
            ? Example.of(valid(base).credentials(Credentials.none()).build(), data) : null,
        base -> base.product().access() instanceof Access.Restricted
            ? Example.of(valid(base).credentials(Credentials.valid()).build(), data) : null,
        base -> base.latitude() == null ? null : Example.of(request(base,
            query(base, fiveDecimals(base.latitude()), base.longitude()), true).build(), data),
        base -> base.required().isEmpty() ? null
            : Example.of(valid(base).target(base.path()).build(), data),
        base -> base.outsideLatitude() == null ? null : Example.of(request(base,
            query(base, base.outsideLatitude(), base.outsideLongitude()), true).build(), data),
        base -> Example.of(valid(base).build(), Outcome.clientClosed()),
        base -> Example.of(valid(base).build(), Outcome.unexpectedFailure(null)),
        base -> Example.of(valid(base).build(), Outcome.timedOut()),
        base -> Example.of(valid(base).build(), Outcome.unavailable(Duration.ofSeconds(120))),
        base -> Example.of(valid(base).build(), Outcome.backendFailed()),
        base -> Example.of(valid(base).build(), Outcome.noData()),
        base -> Example.of(valid(base).header("If-None-Match", validators.etag()).build(), data)));
    // each custom outcome a product team's row claims, with a retry delay a 503 can show
    for (String kind : policy.config().claimedOutcomes().keySet().stream().sorted().toList()) {
      Outcome custom = new Outcome.Custom(kind, Duration.ofSeconds(120));
      variants.add(base -> Example.of(valid(base).build(), custom));
    }
    return variants;
  }

  private RequestFacts.Builder valid(Base base) {
    return request(base, query(base, base.latitude(), base.longitude()), true);
  }

  private RequestFacts.Builder request(Base base, String query, boolean identified) {
    RequestFacts.Builder builder = RequestFacts.builder()
        .method("GET")
        .target(query.isEmpty() ? base.path() : base.path() + "?" + query)
        .header("Accept", ACCEPT);
    if (identified) {
      builder.header("User-Agent", AGENT);
    }
    if (base.product().access() instanceof Access.Restricted restricted) {
      builder.credentials(Credentials.valid(restricted.scope()));
    }
    return builder;
  }

  /** The valid target, padded with an undeclared parameter to one character over the limit. */
  private String tooLong(Base base) {
    String query = query(base, base.latitude(), base.longitude());
    String start = base.path() + "?" + (query.isEmpty() ? "" : query + "&") + "padding=";
    int length = policy.config().maxTargetLength() + 1;
    return start + "x".repeat(Math.max(1, length - start.length()));
  }

  /** Adds a usage one over the limit of the quota the policy names for the request. */
  private RequestFacts overQuota(RequestFacts.Builder request) {
    QuotaClaim claim = policy.quotaFor(request.build());
    return request.quota(claim.usage(claim.quota().requests() + 1, claim.quota().window())).build();
  }

  private static String unknownEndpoint(Base base) {
    String path = base.path();
    return path.substring(0, path.lastIndexOf('/') + 1) + "no-such-endpoint";
  }

  private static String query(Base base, @Nullable String latitude, @Nullable String longitude) {
    StringBuilder query = new StringBuilder();
    for (String pair : base.required()) {
      String name = pair.substring(0, pair.indexOf('='));
      String value = name.equals(ParameterSpec.LATITUDE) && latitude != null ? name + "=" + latitude
          : name.equals(ParameterSpec.LONGITUDE) && longitude != null ? name + "=" + longitude
          : pair;
      query.append(query.length() == 0 ? "" : "&").append(value);
    }
    return query.toString();
  }

  private List<Base> bases() {
    Catalog catalog = policy.config().catalog();
    LocalDate today = LocalDate.ofInstant(policy.config().clock().instant(), ZoneOffset.UTC);
    List<Base> bases = new ArrayList<>();
    for (Product product : catalog.products()) {
      double[] inside = inside(product.coverage());
      double[] outside = outside(product.coverage());
      List<ProductVersion> versions = new ArrayList<>(product.versions());
      ProductVersion current = product.version(Catalog.CURRENT_VERSION);
      versions.remove(current);
      versions.add(0, current);
      for (ProductVersion version : versions) {
        for (Endpoint endpoint : version.endpoints()) {
          List<String> required = new ArrayList<>();
          for (ParameterSpec spec : endpoint.parameters()) {
            if (spec.required()) {
              required.add(spec.name() + "=" + sample(spec.type(), today));
            }
          }
          boolean located = endpoint.takesLocation() && inside != null;
          bases.add(new Base(product, version, endpoint,
              catalog.basePath() + "/" + product.name() + "/" + version.version() + "/" + endpoint.name(),
              List.copyOf(required),
              located ? plain(inside[0]) : null, located ? plain(inside[1]) : null,
              located && outside != null ? plain(outside[0]) : null,
              located && outside != null ? plain(outside[1]) : null));
        }
      }
    }
    return bases;
  }

  /** A value of the type: a guess per known type, else the first of a few that the type accepts. */
  static String sample(ParameterType type, LocalDate today) {
    List<String> guesses = new ArrayList<>();
    if (type instanceof ParameterType.IntegerType integer) {
      guesses.add(Long.toString(Math.max(integer.min(), Math.min(integer.max(), 0))));
    } else if (type instanceof ParameterType.FloatType decimal) {
      guesses.add(plain(Math.max(decimal.min(), Math.min(decimal.max(), 0))));
    } else if (type instanceof ParameterType.DateType) {
      guesses.add(today.toString());
    } else if (type instanceof ParameterType.DateTimeType) {
      guesses.add(today + "T12:00:00Z");
    } else if (type instanceof ParameterType.OffsetType) {
      guesses.add("+00:00");
      guesses.add("+01:00");
    } else if (type instanceof ParameterType.EnumType oneOf) {
      guesses.add(oneOf.values().get(0));
    }
    try {
      guesses.addAll(type.examples());
    } catch (RuntimeException brokenType) {
      // a product team's type that cannot list its examples still gets the generic guesses
    }
    guesses.addAll(List.of("europe", "example", "1", "0", "true"));
    for (String guess : guesses) {
      if (type.reject(guess) == null) {
        return guess;
      }
    }
    return "example";
  }

  /** The first point of a grid over the coverage's bounds that the coverage contains, or null. */
  private static double @Nullable [] inside(Coverage coverage) {
    Coverage.Box bounds = coverage.bounds();
    double centreLat = (bounds.south() + bounds.north()) / 2;
    double centreLon = bounds.crossesAntimeridian()
        ? normalise((bounds.west() + bounds.east() + 360) / 2) : (bounds.west() + bounds.east()) / 2;
    if (coverage.bounds().equals(Coverage.globe().bounds())) {
      return new double[] {59.9333, 10.7166};
    }
    if (coverage.contains(round(centreLat), round(centreLon))) {
      return new double[] {round(centreLat), round(centreLon)};
    }
    double width = bounds.crossesAntimeridian() ? bounds.east() + 360 - bounds.west() : bounds.east() - bounds.west();
    for (int i = 1; i < 40; i++) {
      for (int j = 1; j < 40; j++) {
        double lat = round(bounds.south() + (bounds.north() - bounds.south()) * i / 40);
        double lon = round(normalise(bounds.west() + width * j / 40));
        if (coverage.contains(lat, lon)) {
          return new double[] {lat, lon};
        }
      }
    }
    return null;
  }

  /** A well-known point that the coverage does not contain, or null for the globe. */
  private static double @Nullable [] outside(Coverage coverage) {
    double[][] points = {{40.4168, -3.7038}, {-33.8688, 151.2093}, {0, 0}, {-89, -179}, {89, 179}};
    for (double[] point : points) {
      if (!coverage.contains(point[0], point[1])) {
        return point;
      }
    }
    return null;
  }

  private static String fiveDecimals(String latitude) {
    return new BigDecimal(latitude).setScale(4, RoundingMode.HALF_UP).toPlainString() + "7";
  }

  private static double normalise(double longitude) {
    return longitude > 180 ? longitude - 360 : longitude;
  }

  private static double round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  private static String plain(double value) {
    String text = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros()
        .toPlainString();
    return text.contains(".") ? text : text + ".0";
  }
}
