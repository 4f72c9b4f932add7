package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The requests and outcomes a policy's own catalog can meet: every product, version and endpoint
 * (the current-version alias and unknown names included), valid and invalid values of every
 * declared parameter, points inside, outside and on the edge of every coverage, every outcome
 * with the custom kinds the table claims, and hostile variants of each. It offers them twice: as
 * a jqwik {@link #exchanges() arbitrary} that mixes them at random, and as a deterministic {@link
 * #sweep() sweep} that tries each variant alone, with each outcome.
 */
public final class CatalogSpace {

  /** The entity tag of the generated data, which the conditional requests match. */
  static final String ETAG = "\"kit-v1\"";

  /** When the generated data last changed. */
  static final Instant LAST_MODIFIED = Instant.parse("2020-01-01T00:00:00Z");

  /** The {@code User-Agent} of a well-behaved client. */
  static final String AGENT = "kit-client/1.0 ops@example.org";

  /** A place of the catalog a request can name. */
  record Place(String path, Target target) {}

  private final StatusPolicy policy;
  private final List<Place> places;
  private final List<String> otherPaths;
  private final Map<Product, List<String>> points = new LinkedHashMap<>();
  private final List<Outcome> outcomes;
  private final List<Credentials> credentials;

  /**
   * Reads the policy's catalog and table.
   *
   * @param policy the policy under test
   */
  public CatalogSpace(StatusPolicy policy) {
    this.policy = policy;
    Catalog catalog = policy.config().catalog();
    String base = catalog.basePath();
    List<Place> found = new ArrayList<>();
    Set<String> scopes = new LinkedHashSet<>();
    for (Product product : catalog.products()) {
      points.put(product, Points.of(product.coverage()));
      if (product.access() instanceof Access.Restricted restricted) {
        scopes.add(restricted.scope());
      }
      for (ProductVersion version : product.versions()) {
        for (Endpoint endpoint : version.endpoints()) {
          Target target = new Target(product, version, endpoint);
          found.add(new Place(base + "/" + product.name() + "/" + version.version() + "/" + endpoint.name(), target));
          if (version.version().equals(product.currentVersion())) {
            found.add(new Place(base + "/" + product.name() + "/" + Catalog.CURRENT_VERSION + "/" + endpoint.name(), target));
          }
        }
      }
    }
    this.places = List.copyOf(found);
    String anyProduct = catalog.products().isEmpty() ? "kit" : catalog.products().iterator().next().name();
    this.otherPaths = List.of(base + "/kit-unknown-product/1.0/data", base + "/" + anyProduct + "/0.0-kit/data",
        base + "/" + anyProduct + "/" + Catalog.CURRENT_VERSION + "/kit-unknown-endpoint", "/", "/robots.txt",
        base, base + "/", base + "//", base + "/" + anyProduct + "/../../etc/passwd");
    List<Credentials> verdicts = new ArrayList<>(List.of(Credentials.none(), Credentials.invalid(), Credentials.valid()));
    for (String scope : scopes) {
      verdicts.add(Credentials.valid(scope));
    }
    this.credentials = List.copyOf(verdicts);
    this.outcomes = outcomes(policy);
  }

  private static List<Outcome> outcomes(StatusPolicy policy) {
    Validators validators = new Validators(LAST_MODIFIED, LAST_MODIFIED.plus(Duration.ofDays(36_500)), ETAG);
    List<Outcome> all = new ArrayList<>(List.of(
        Outcome.data(validators), Outcome.data(), new Outcome.EmptyDocument(validators), Outcome.emptyDocument(),
        Outcome.noData(), Outcome.backendFailed(), Outcome.timedOut(), Outcome.unavailable(),
        Outcome.unavailable(Duration.ofSeconds(30)),
        Outcome.unexpectedFailure(new IllegalStateException("kit secret: db-7 refused, password=hunter2")),
        Outcome.clientClosed(), new Outcome.Custom("kit-unclaimed-kind", null)));
    for (String kind : policy.config().claimedOutcomes().keySet()) {
      all.add(new Outcome.Custom(kind, null));
      all.add(new Outcome.Custom(kind, Duration.ofSeconds(120)));
    }
    return List.copyOf(all);
  }

  /**
   * Returns a valid query for a place, with the given point when the endpoint takes a location.
   *
   * @param place the place
   * @param point {@code lat,lon}, or null for the product's first point
   * @return the query, every declared parameter given a valid value
   */
  String validQuery(Place place, String point) {
    return query(place, point, null, null);
  }

  /** A query with every parameter valid, except {@code name}, given {@code value} (or left out when null). */
  private String query(Place place, String point, String name, String value) {
    String[] location = point.split(",");
    StringBuilder query = new StringBuilder();
    for (ParameterSpec spec : place.target().endpoint().parameters()) {
      String shown;
      if (spec.name().equals(name)) {
        if (value == null) {
          continue;
        }
        shown = value;
      } else if (spec.name().equals(ParameterSpec.LATITUDE)) {
        shown = location[0];
      } else if (spec.name().equals(ParameterSpec.LONGITUDE)) {
        shown = location[1];
      } else {
        shown = firstExample(spec);
      }
      query.append(query.length() == 0 ? "" : "&").append(spec.name()).append('=').append(shown);
    }
    return query.toString();
  }

  private static String firstExample(ParameterSpec spec) {
    try {
      List<String> examples = spec.type().examples();
      return examples.isEmpty() ? "" : examples.get(0);
    } catch (RuntimeException brokenType) {
      return "";
    }
  }

  private static List<String> examples(ParameterSpec spec) {
    try {
      return spec.type().examples().isEmpty() ? List.of("") : spec.type().examples();
    } catch (RuntimeException brokenType) {
      return List.of("");
    }
  }

  private String firstPoint(Place place) {
    List<String> known = points.get(place.target().product());
    return known.isEmpty() ? "0,0" : known.get(0);
  }

  /**
   * Returns every variant of a request to a place, each changing one fact of a valid request.
   *
   * @param place the place
   * @return the variants, the valid request first
   */
  List<Request> variants(Place place) {
    String point = firstPoint(place);
    String valid = validQuery(place, point);
    Request base = Request.get(place.path(), valid);
    List<Request> variants = new ArrayList<>();
    variants.add(base);
    if (place.target().endpoint().takesLocation()) {
      for (String other : points.get(place.target().product())) {
        variants.add(base.withQuery(validQuery(place, other)));
      }
      String[] location = point.split(",");
      variants.add(base.withQuery(query(place, point, ParameterSpec.LATITUDE, location[0] + (location[0].contains(".") ? "" : ".") + "123456")));
    }
    for (ParameterSpec spec : place.target().endpoint().parameters()) {
      variants.add(base.withQuery(query(place, point, spec.name(), null)));
      for (String example : examples(spec)) {
        variants.add(base.withQuery(query(place, point, spec.name(), example)));
      }
      for (String bad : List.of("", "kit-not-a-value", "<script>alert(1)</script>", "%FF", "1e309", "x".repeat(80))) {
        variants.add(base.withQuery(query(place, point, spec.name(), bad)));
      }
      variants.add(base.withQuery(valid + "&" + spec.name() + "=" + firstExample(spec)));
    }
    variants.add(base.withQuery(valid + "&kit-unknown=1"));
    for (String method : List.of("HEAD", "POST", "PUT", "DELETE", "OPTIONS", "get")) {
      variants.add(base.withMethod(method));
    }
    variants.add(base.without("User-Agent"));
    for (String agent : policy.config().prohibitedAgents()) {
      variants.add(base.without("User-Agent").plus("User-Agent", agent + "/4.9.0"));
    }
    variants.add(base.without("User-Agent").plus("Origin", "https://kit.example.org"));
    variants.add(base.without("User-Agent").plus("Referer", "https://kit.example.org/map.html"));
    variants.add(base.without("User-Agent").plus("User-Agent", "<script>alert(1)</script>\r\nX: 1"));
    variants.add(base.withBlocklist(BlocklistStanding.BLOCKED));
    variants.add(base.withQuota(Request.QuotaState.OVER));
    variants.add(base.withQuota(Request.QuotaState.UNKNOWN));
    variants.add(new Request("GET", base.path(), valid, base.headers(), base.blocklist(), base.credentials(),
        base.quota(), Transport.HTTP, null));
    for (Credentials verdict : credentials) {
      variants.add(new Request("GET", base.path(), valid, base.headers(), base.blocklist(), verdict,
          base.quota(), base.transport(), null));
    }
    for (String accept : List.of("application/problem+json", "text/plain", "text/html", "image/png")) {
      variants.add(base.plus("Accept", accept));
    }
    variants.add(base.plus("If-None-Match", ETAG));
    variants.add(base.withMethod("HEAD").plus("If-None-Match", ETAG));
    variants.add(base.plus("If-None-Match", "*"));
    variants.add(base.plus("If-Modified-Since", "Sat, 01 Feb 2020 00:00:00 GMT"));
    variants.add(base.plus("If-Modified-Since", "Sun, 01 Dec 2019 00:00:00 GMT"));
    variants.add(base.withQuery(valid + "&pad=" + "x".repeat(policy.config().maxTargetLength())));
    variants.add(new Request("GET", base.path(), valid, base.headers(), base.blocklist(), base.credentials(),
        base.quota(), base.transport(), "<b>req</b>\r\n1"));
    return variants;
  }

  /**
   * Returns the deterministic sweep: every variant of every place with every outcome (one outcome
   * only where the request is turned away before the backend), then the paths the catalog does
   * not know.
   *
   * @return the exchanges
   */
  public List<Exchange> sweep() {
    List<Exchange> sweep = new ArrayList<>();
    for (Place place : places) {
      for (Request request : variants(place)) {
        boolean admitted;
        try {
          admitted = policy.admit(request.facts(policy)) instanceof dev.statuspolicy.Admission.Admitted;
        } catch (RuntimeException thrown) {
          admitted = true;
        }
        for (Outcome outcome : admitted ? outcomes : outcomes.subList(0, 1)) {
          sweep.add(new Exchange(request, outcome));
        }
      }
    }
    for (String path : otherPaths) {
      sweep.add(new Exchange(Request.get(path, ""), outcomes.get(0)));
    }
    return sweep;
  }

  /**
   * Returns exchanges mixed at random from the same parts as the sweep, with hostile text in
   * every field that reaches the policy.
   *
   * @return the arbitrary
   */
  public Arbitrary<Exchange> exchanges() {
    return Combinators.combine(requests(), Arbitraries.of(outcomes)).as(Exchange::new);
  }

  private Arbitrary<Request> requests() {
    Arbitrary<String[]> target = places.isEmpty() ? Arbitraries.of(otherPaths).map(p -> new String[] {p, ""})
        : Arbitraries.frequencyOf(
            Tuple.of(12, Arbitraries.of(places).flatMap(this::targetOf)),
            Tuple.of(1, Arbitraries.of(otherPaths).map(p -> new String[] {p, "lat=60&lon=10"})));
    Arbitrary<String> method = Arbitraries.frequencyOf(
        Tuple.of(60, Arbitraries.just("GET")), Tuple.of(18, Arbitraries.just("HEAD")),
        Tuple.of(8, Arbitraries.of("POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE")),
        Tuple.of(3, Arbitraries.of("get", "GE T", "<x>", "", "G\r\nET")));
    Arbitrary<Request.QuotaState> quota = Arbitraries.frequencyOf(
        Tuple.of(85, Arbitraries.just(Request.QuotaState.UNDER)),
        Tuple.of(8, Arbitraries.just(Request.QuotaState.OVER)),
        Tuple.of(7, Arbitraries.just(Request.QuotaState.UNKNOWN)));
    Arbitrary<BlocklistStanding> blocklist = Arbitraries.frequencyOf(
        Tuple.of(92, Arbitraries.just(BlocklistStanding.NOT_LISTED)),
        Tuple.of(8, Arbitraries.just(BlocklistStanding.BLOCKED)));
    Arbitrary<Transport> transport = Arbitraries.frequencyOf(
        Tuple.of(92, Arbitraries.just(Transport.HTTPS)), Tuple.of(8, Arbitraries.just(Transport.HTTP)));
    Arbitrary<String> requestId = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.just("")), Tuple.of(2, Arbitraries.of("req-1", "a:b/c?d")),
        Tuple.of(2, Arbitraries.of(HostileText.PAYLOADS)));
    return Combinators.combine(target, method, headers(), blocklist, Arbitraries.of(credentials), quota,
        transport, requestId).as((t, m, h, b, c, q, tr, id) ->
            new Request(m, t[0], t[1], h, b, c, q, tr, id.isEmpty() ? null : id));
  }

  /** A path of the place (hostile now and then) and a query for it. */
  private Arbitrary<String[]> targetOf(Place place) {
    List<ParameterSpec> specs = place.target().endpoint().parameters();
    List<String> known = points.get(place.target().product());
    Arbitrary<String> point = Arbitraries.of(known.isEmpty() ? List.of("0,0") : known);
    Arbitrary<List<String>> values = point.flatMap(p -> {
      List<Arbitrary<String>> parts = new ArrayList<>();
      String[] location = p.split(",");
      for (ParameterSpec spec : specs) {
        String name = spec.name();
        Arbitrary<String> good = name.equals(ParameterSpec.LATITUDE) ? Arbitraries.just(location[0])
            : name.equals(ParameterSpec.LONGITUDE) ? Arbitraries.just(location[1])
            : Arbitraries.of(examples(spec));
        Arbitrary<String> precise = good.map(v -> v + (v.contains(".") ? "" : ".") + "12345");
        parts.add(Arbitraries.frequencyOf(
            Tuple.of(75, good.map(v -> name + "=" + v)),
            Tuple.of(4, precise.map(v -> name + "=" + v)),
            Tuple.of(9, Arbitraries.of(HostileText.PAYLOADS).map(v -> name + "=" + v)),
            Tuple.of(4, good.map(v -> name + "=" + PercentText.encode(v))),
            Tuple.of(4, Arbitraries.just("")),
            Tuple.of(2, good.map(v -> name + "=" + v + "&" + name + "=" + v)),
            Tuple.of(2, Arbitraries.of(HostileText.PAYLOADS).map(v -> PercentText.encode(v) + "=" + name))));
      }
      parts.add(Arbitraries.frequencyOf(Tuple.of(90, Arbitraries.just("")),
          Tuple.of(8, Arbitraries.of(HostileText.PAYLOADS).map(v -> "kit=" + v)),
          Tuple.of(2, Arbitraries.just("pad=" + "x".repeat(policy.config().maxTargetLength())))));
      return Combinators.combine(parts).as(List::copyOf);
    });
    Arbitrary<String> path = Arbitraries.frequencyOf(
        Tuple.of(30, Arbitraries.just(place.path())),
        Tuple.of(1, Arbitraries.of(place.path() + "/", place.path() + "%2F", place.path().toUpperCase(java.util.Locale.ROOT),
            place.path() + "<script>")));
    return Combinators.combine(path, values).as((p, parts) -> new String[] {p, String.join("&",
        parts.stream().filter(part -> !part.isEmpty()).toList())});
  }

  private Arbitrary<List<Request.Field>> headers() {
    Arbitrary<String> hostile = Arbitraries.oneOf(Arbitraries.of(HostileText.PAYLOADS),
        Arbitraries.strings().all().ofMaxLength(24));
    Arbitrary<List<Request.Field>> agent = Arbitraries.frequencyOf(
        Tuple.of(75, Arbitraries.just(List.of(new Request.Field("User-Agent", AGENT)))),
        Tuple.of(8, Arbitraries.just(List.of())),
        Tuple.of(5, Arbitraries.of(policy.config().prohibitedAgents().isEmpty() ? List.of("okhttp")
            : policy.config().prohibitedAgents()).map(a -> List.of(new Request.Field("User-Agent", a + "/4.9.0")))),
        Tuple.of(12, hostile.map(a -> List.of(new Request.Field("User-Agent", a)))));
    Arbitrary<List<Request.Field>> accept = optional("Accept", Arbitraries.of(
        "application/problem+json", "application/json", "text/html", "text/plain", "*/*", "image/png",
        "text/html;q=0.1, application/problem+json", "text/plain;q=NaN"), hostile, 45);
    Arbitrary<List<Request.Field>> origin = optional("Origin", Arbitraries.of("https://kit.example.org", "null"), hostile, 80);
    Arbitrary<List<Request.Field>> referer = optional("Referer", Arbitraries.of("https://kit.example.org/map.html"), hostile, 90);
    Arbitrary<List<Request.Field>> noneMatch = optional("If-None-Match",
        Arbitraries.of(ETAG, "*", "W/" + ETAG, "\"other\", " + ETAG, "\"other\""), hostile, 70);
    Arbitrary<List<Request.Field>> modifiedSince = optional("If-Modified-Since", Arbitraries.of(
        "Sat, 01 Feb 2020 00:00:00 GMT", "Sun, 01 Dec 2019 00:00:00 GMT", "Fri, 01 Jan 9999 00:00:00 GMT",
        "Wednesday, 01-Jan-20 00:00:00 GMT"), hostile, 80);
    return Combinators.combine(agent, accept, origin, referer, noneMatch, modifiedSince).as((a, b, c, d, e, f) -> {
      List<Request.Field> all = new ArrayList<>(a);
      all.addAll(b);
      all.addAll(c);
      all.addAll(d);
      all.addAll(e);
      all.addAll(f);
      return all;
    });
  }

  /** A field absent {@code absent} percent of the time, else usual or hostile (in 4 to 1). */
  private static Arbitrary<List<Request.Field>> optional(String name, Arbitrary<String> usual,
      Arbitrary<String> hostile, int absent) {
    int present = 100 - absent;
    return Arbitraries.frequencyOf(
        Tuple.of(absent, Arbitraries.just(List.of())),
        Tuple.of(Math.max(1, present * 4 / 5), usual.map(v -> List.of(new Request.Field(name, v)))),
        Tuple.of(Math.max(1, present / 5), hostile.map(v -> List.of(new Request.Field(name, v)))));
  }
}
