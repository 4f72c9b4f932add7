package dev.statuspolicy.response;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of whole requests and outcomes for the response properties: every product of the
 * fixture, every verdict, and request text that tries hard to break out of its context (markup,
 * quotes, CR LF, NUL, lone surrogates, percent-encoded versions of all of these).
 */
final class RequestArbitraries {

  /** Planted in failures and extension rows: it must never reach a body. */
  static final String CANARY = "CANARY-7f3a: java.lang.IllegalStateException at db-host-17";

  /** The policy whose claims the generated usages are counted for: the fixture's quotas. */
  private static final dev.statuspolicy.StatusPolicy CLAIMS = ResponseFixtures.policy();

  private RequestArbitraries() {}

  /** Text taken from the request: hostile pieces and arbitrary Unicode. */
  static Arbitrary<String> hostileText() {
    Arbitrary<String> pieces = Arbitraries.of(
        "<script>alert(1)</script>", "\"'><img src=x onerror=alert(1)>", "</p><h1>x</h1>",
        "\r\nSet-Cookie: a=b", "\n", "\r", "\u0000", "&amp;", "&#60;", "\u2028", "\uD800", "\uDC00",
        "%3Cscript%3E", "%0D%0A", "%00", "%C0%AE", "%FF", "%", "{\"status\":200}", "\\", "\"",
        "59.9139", "10.7522", "-0", "1e5", "\u00e6\u00f8\u00e5", "\uD83C\uDF27", " ", "\t", ";", "&",
        "=", "?", "/", "<!--", "]]>", "javascript:", "${jndi:x}");
    Arbitrary<String> mixed = pieces.list().ofMaxSize(6).map(list -> String.join("", list));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, mixed),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMinLength(90).ofMaxLength(300)));
  }

  static Arbitrary<String> methods() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just("GET")),
        net.jqwik.api.Tuple.of(3, Arbitraries.just("HEAD")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("POST", "PUT", "DELETE", "get", "", "OPTIONS")),
        net.jqwik.api.Tuple.of(1, hostileText()));
  }

  static Arbitrary<String> paths() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.of(ResponseFixtures.STABLE, ResponseFixtures.DEPRECATED,
            ResponseFixtures.RETIRED, ResponseFixtures.BETA, ResponseFixtures.RESTRICTED,
            ResponseFixtures.MAINTENANCE, "/weatherapi/locationforecast/_/compact")),
        net.jqwik.api.Tuple.of(2, hostileText().map(t -> "/weatherapi/" + t + "/1.0/compact")),
        net.jqwik.api.Tuple.of(1, hostileText().map(t -> "/weatherapi/locationforecast/" + t + "/x")),
        net.jqwik.api.Tuple.of(1, hostileText()));
  }

  static Arbitrary<String> queries() {
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.of("59.9139", "10.7522", "91", "-12.5", "59.91391", "70", "20", "100"),
        hostileText());
    Arbitrary<String> name = Arbitraries.of("lat", "lon", "altitude", "x", "lat;lon", "");
    Arbitrary<String> pair = Combinators.combine(name, value).as((n, v) -> n + "=" + v);
    Arbitrary<String> random = pair.list().ofMaxSize(5).map(pairs -> String.join("&", pairs));
    Arbitrary<String> valid = Arbitraries.of("lat=59.9139&lon=10.7522",
        "lat=59.9139&lon=10.7522&altitude=90", "lon=-0.1&lat=51.5", "lat=60&lon=11&x=<b>");
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, valid), net.jqwik.api.Tuple.of(2, random));
  }

  static Arbitrary<String> accepts() {
    return Arbitraries.oneOf(
        Arbitraries.of("application/json", "application/problem+json", "text/html", "text/plain",
            "*/*", "text/*;q=0.5, application/json;q=0.4", "image/png"),
        hostileText());
  }

  static Arbitrary<RequestFacts> requests() {
    Arbitrary<RequestFacts.Builder> wire = Combinators.combine(
        methods(), paths(), queries(),
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, Arbitraries.just("AcmeWeather/1.2 support@acme.example")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("okhttp/4.9", "", "Java/17")),
            net.jqwik.api.Tuple.of(1, hostileText())).injectNull(0.05),
        accepts().injectNull(0.3),
        Arbitraries.oneOf(Arbitraries.of("\"v42\"", "W/\"v42\"", "*", "\"x\""), hostileText())
            .injectNull(0.6),
        Arbitraries.oneOf(Arbitraries.of("Sat, 28 Feb 2026 12:00:00 GMT",
            "Saturday, 28-Feb-26 12:00:00 GMT", "Mon, 01 Jan 2035 00:00:00 GMT"), hostileText())
            .injectNull(0.6),
        hostileText().injectNull(0.4))
        .as((method, path, query, agent, accept, noneMatch, since, requestId) ->
            RequestFacts.builder()
                .method(method).path(path).query(query)
                .header("User-Agent", agent).header("Accept", accept)
                .header("If-None-Match", noneMatch).header("If-Modified-Since", since)
                .requestId(requestId));
    // a usage counted for the claim the policy names, or (-1) none: the counter is then asked
    Arbitrary<Long> quota = Arbitraries.oneOf(
        Arbitraries.just(-1L), Arbitraries.just(-1L), Arbitraries.just(-1L),
        Arbitraries.longs().between(0, 100));
    Arbitrary<Credentials> credentials = Arbitraries.of(
        Credentials.none(), Credentials.invalid(), Credentials.valid("satellite"),
        Credentials.valid("satellite"), Credentials.valid("x"));
    Arbitrary<BlocklistStanding> blocklist = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(15, Arbitraries.just(BlocklistStanding.NOT_LISTED)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(BlocklistStanding.values())));
    Arbitrary<Transport> transport = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(15, Arbitraries.just(Transport.HTTPS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Transport.values())));
    Arbitrary<String> origin = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("https://www.yr.no", "HTTPS://WWW.YR.NO",
            "https://evil.example", "null")),
        net.jqwik.api.Tuple.of(1, hostileText())).injectNull(0.6);
    return Combinators.combine(wire, quota, credentials, blocklist, transport, origin)
        .as((builder, usage, creds, listed, via, from) -> counted(builder
            .credentials(creds).blocklist(listed).transport(via).header("Origin", from), usage).build());
  }

  /** Adds a usage of {@code requests} for the request's claim; none when negative. */
  private static RequestFacts.Builder counted(RequestFacts.Builder request, long requests) {
    if (requests < 0) {
      return request;
    }
    QuotaClaim claim = CLAIMS.quotaFor(request.build());
    long windowMillis = claim.quota().window().toMillis();
    return request.quota(claim.usage(requests, Duration.ofMillis(requests * 37 % (windowMillis + 1))));
  }

  static Arbitrary<Outcome> outcomes() {
    Validators validators = new Validators(
        Instant.parse("2026-02-28T12:00:00Z"), Instant.parse("2026-03-01T12:10:00Z"), "\"v42\"");
    return Arbitraries.of(
        Outcome.data(validators), Outcome.data(validators), Outcome.data(validators),
        Outcome.data(validators), Outcome.data(), Outcome.data(),
        new Outcome.EmptyDocument(validators), Outcome.noData(), Outcome.backendFailed(), Outcome.timedOut(), Outcome.unavailable(),
        Outcome.unavailable(Duration.ofSeconds(90)),
        Outcome.unexpectedFailure(new IllegalStateException(CANARY)),
        new Outcome.Custom(CANARY, null), Outcome.clientClosed());
  }
}
