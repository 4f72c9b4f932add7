package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.fixtures.Hostile;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Totality: no request, however hostile, makes the policy throw, and every decision keeps the
 * table's invariants. Then the right decision for hostile values in the two places the table
 * reads them closely: a bad parameter is a 400 that names it, and a bad validator is ignored.
 */
class HostileInputProperties {

  private static final StatusPolicy PLAIN = Fixtures.policy();
  /**
   * Reads targets of any length, so that a megabyte of bad escapes still reaches the parameter
   * rows, as it would on a host configured to accept it; by default row 2a answers it with 414.
   */
  private static final StatusPolicy UNLIMITED = Fixtures.builder().maxTargetLength(Integer.MAX_VALUE).build();
  private static final StatusPolicy HTTPS = Fixtures.httpsPolicy();
  private static final Pattern FLOAT = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  @Property(tries = 1_000)
  @Tag("heavy")
  void noRequestMakesThePolicyThrow(@ForAll("hostileFacts") RequestFacts facts,
      @ForAll("anyOutcome") Outcome outcome, @ForAll boolean requireHttps) {
    StatusPolicy policy = requireHttps ? HTTPS : PLAIN;
    Decision[] decided = new Decision[1];
    assertThatCode(() -> decided[0] = policy.decide(facts, outcome)).doesNotThrowAnyException();
    assertThatCode(() -> policy.identify(facts)).doesNotThrowAnyException();
    DecisionInvariants.checkGeneric(policy, facts, decided[0]);
    for (Header header : decided[0].headers()) {
      assertThat(header.value()).doesNotContain("\r", "\n", "\u0000");
    }
  }

  @Property(tries = 20)
  void aMegabyteInAnyFieldIsHandledLikeAnyOtherValue(@ForAll("hugeFacts") RequestFacts facts,
      @ForAll("anyOutcome") Outcome outcome) {
    Decision decision = PLAIN.decide(facts, outcome);
    DecisionInvariants.checkGeneric(PLAIN, facts, decision);
  }

  @Provide
  Arbitrary<RequestFacts> hugeFacts() {
    return Combinators.combine(Hostile.huge(), Arbitraries.integers().between(0, 6))
        .as((huge, field) -> {
          RequestFacts.Builder builder = Fixtures.fine();
          switch (field) {
            case 0 -> builder.method(huge);
            case 1 -> builder.path(huge);
            case 2 -> builder.query(huge);
            case 3 -> builder.header("User-Agent", huge);
            case 4 -> builder.header("Accept", huge);
            case 5 -> builder.header("If-Modified-Since", huge);
            default -> builder.header("If-None-Match", huge).requestId(huge);
          }
          return builder.build();
        });
  }

  @Property(tries = 300)
  void aLatitudeThatIsNotAFloatIsA400NamingIt(@ForAll("notAFloat") String lat) {
    RequestFacts facts = Fixtures.get("/weatherapi/forecast/3.0/compact", "lon=10.7&lat=" + lat)
        .header("Accept", "application/problem+json").build();
    Decision decision = UNLIMITED.decide(facts, Outcome.data());
    assertThat(decision.row()).isEqualTo(StandardRow.PARAMETER_INVALID.id());
    assertThat(decision.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(((dev.statuspolicy.decision.Body.ErrorDocument) decision.body()).text())
        .contains("\"lat\"");
  }

  @Provide
  Arbitrary<String> notAFloat() {
    Arbitrary<String> named = Arbitraries.of(Hostile.NAMED)
        .filter(v -> v.indexOf('&') < 0 && v.indexOf('%') < 0 && !FLOAT.matcher(v).matches());
    Arbitrary<String> escapes = Arbitraries.of("%", "%G1", "%1", "%FF", "%C0%AF", "%E2%82", "%00",
        "6%", "%3", "%ZZ60", Hostile.MEGABYTE_OF_BAD_ESCAPES, Hostile.MEGABYTE_OF_DIGITS,
        "1e3", "NaN", "--1", "%4E%61%4E");
    Arbitrary<String> soup = Arbitraries.strings().all().ofMaxLength(20)
        .filter(v -> v.indexOf('&') < 0 && v.indexOf('%') < 0 && !FLOAT.matcher(v).matches());
    return Arbitraries.oneOf(named, escapes, soup);
  }

  @Property(tries = 300)
  void aBadValidatorIsIgnored(@ForAll("badValidator") String value, @ForAll boolean etag) {
    RequestFacts facts = Fixtures.fine()
        .header(etag ? "If-None-Match" : "If-Modified-Since", value).build();
    Decision decision = PLAIN.decide(facts, Outcome.data(Fixtures.VALIDATORS));
    assertThat(decision.row()).isEqualTo(StandardRow.OK.id());
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
  }

  @Provide
  Arbitrary<String> badValidator() {
    return Arbitraries.oneOf(
            Arbitraries.of("0", "-1", "1e3", "${jndi:ldap://x}", "Sun, 31 Feb 2026 25:61:61 GMT",
                "Sun, 01 Mar 2026 11:00:00 +0100x", "Sun, 01 Mar 2099 11:00:00 GMT",
                "Sun, 01 Mar 2026 09:00:00 GMT", "\"v2\"", "W/\"v0\"", "\"unterminated",
                "W/", "v1", Hostile.MEGABYTE_OF_DIGITS),
            Hostile.text())
        .filter(v -> !v.contains("*") && !v.contains("\"v1\"") && !v.contains("2026"));
  }

  @Property(tries = 300)
  void tooPreciseCoordinatesAreValidUnlessTheProductEnforcesPrecision(
      @ForAll("fiveDecimals") String lat) {
    Decision lenient = PLAIN.decide(
        Fixtures.get("/weatherapi/forecast/3.0/compact", "lon=10.7&lat=" + lat).build(), Outcome.data());
    Decision strict = PLAIN.decide(
        Fixtures.get("/weatherapi/nowcast/2.0/compact", "lon=10.7&lat=" + lat).build(), Outcome.data());
    assertThat(lenient.status()).isEqualTo(HttpStatus.OK);
    assertThat(strict.row()).isEqualTo(StandardRow.COORDINATES_TOO_PRECISE.id());
    assertThat(strict.status()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Provide
  Arbitrary<String> fiveDecimals() {
    return Combinators.combine(
            Arbitraries.of("", "+", "-").filter(s -> true),
            Arbitraries.integers().between(55, 71),
            Arbitraries.strings().numeric().ofMinLength(5).ofMaxLength(12))
        .as((sign, whole, decimals) -> (sign.equals("-") ? "" : sign) + whole + "." + decimals);
  }

  @Provide
  Arbitrary<RequestFacts> hostileFacts() {
    Arbitrary<String> text = Hostile.text();
    Arbitrary<List<String>> values = Hostile.text().list().ofMaxSize(3);
    Arbitrary<Credentials> credentials = Arbitraries.of(Credentials.none(), Credentials.invalid(),
        Credentials.valid("satellite"), Credentials.valid());
    // a usage counted for any claim at all (mostly not the one the policy names), or none
    Arbitrary<QuotaUsage> quota = Combinators.combine(
            Arbitraries.longs().between(0, Long.MAX_VALUE),
            Arbitraries.longs().between(1, 1_000_000_000L),
            Arbitraries.of("default", "unidentified", "other"),
            text.injectNull(0.3),
            Arbitraries.doubles().between(0, 1))
        .as((requests, windowSeconds, name, application, reset) -> {
          // a claim's application is null (unidentified) or names one: blank text means null
          QuotaClaim claim = new QuotaClaim(new Quota(name, 1 + requests % 50,
              Duration.ofSeconds(windowSeconds)), application == null || application.isBlank() ? null : application);
          return claim.usage(requests, Duration.ofMillis((long) (reset * windowSeconds * 1000)));
        }).injectNull(0.3);
    Arbitrary<RequestFacts.Builder> wire = Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of("GET", "HEAD", "POST", "get", "OPTIONS"), text),
            Arbitraries.oneOf(Arbitraries.of(Hostile.NAMED).filter(s -> s.startsWith("/")),
                Arbitraries.of(dev.statuspolicy.fixtures.FactClasses.PathClass.values())
                    .map(p -> p.toString()).map(HostileInputProperties::pathOf), text),
            Arbitraries.oneOf(text, Arbitraries.of(Fixtures.INSIDE, Fixtures.TOO_PRECISE)),
            text.injectNull(0.3))
        .as((method, path, query, id) -> RequestFacts.builder().method(method).path(path)
            .query(query).requestId(id));
    return Combinators.combine(wire, values, values, values, values, values, values,
            Arbitraries.of(BlocklistStanding.class))
        .flatAs((builder, agents, origins, referers, accepts, since, noneMatch, blocklist) ->
            Combinators.combine(credentials, quota, Arbitraries.of(Transport.class)).as((c, q, t) -> {
              agents.forEach(v -> builder.header("User-Agent", v));
              origins.forEach(v -> builder.header("origin", v));
              referers.forEach(v -> builder.header("REFERER", v));
              accepts.forEach(v -> builder.header("Accept", v));
              since.forEach(v -> builder.header("If-Modified-Since", v));
              noneMatch.forEach(v -> builder.header("If-None-Match", v));
              if (q != null) {
                builder.quota(q);
              }
              return builder.blocklist(blocklist).credentials(c).transport(t).build();
            }));
  }

  private static String pathOf(String pathClass) {
    return switch (pathClass) {
      case "STABLE" -> "/weatherapi/forecast/3.0/compact";
      case "STRICT_REGIONAL" -> "/weatherapi/nowcast/2.0/compact";
      case "LENIENT_REGIONAL" -> "/weatherapi/legacy/1.0/classic";
      case "RESTRICTED" -> "/weatherapi/satellite/1.0/image";
      case "DEPRECATED" -> "/weatherapi/forecast/2.0/compact";
      case "BETA" -> "/weatherapi/forecast/4.0/compact";
      default -> "/weatherapi/forecast/_/compact";
    };
  }

  @Provide
  Arbitrary<Outcome> anyOutcome() {
    return Arbitraries.of(Outcome.data(), Outcome.data(Fixtures.VALIDATORS), Outcome.emptyDocument(),
        Outcome.noData(), Outcome.backendFailed(), Outcome.timedOut(), Outcome.unavailable(),
        Outcome.unavailable(Duration.ofDays(100_000)), Outcome.unexpectedFailure(null),
        Outcome.unexpectedFailure(new OutOfMemoryError("x")), Outcome.clientClosed(),
        new Outcome.Custom("radar-site-down", Duration.ofSeconds(5)));
  }
}
