package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static dev.statuspolicy.response.ResponseFixtures.validators;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The headers each status must carry (RFC 9110, RFC 6585, RFC 8594, RFC 9745, RateLimit -10). */
class StatusHeadersTest {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();

  @Test
  void a405ListsTheAllowedMethods() {
    Decision decision = POLICY.decide(oslo().method("POST").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(decision.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void a401CarriesABearerChallengeWithRealmAndScope() {
    Decision decision = POLICY.decide(oslo(ResponseFixtures.RESTRICTED).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(decision.header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"weatherapi\", scope=\"satellite\"");

    Decision invalid = POLICY.decide(
        oslo(ResponseFixtures.RESTRICTED).credentials(Credentials.invalid()).build(), Outcome.data());
    assertThat(invalid.header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"weatherapi\", scope=\"satellite\", error=\"invalid_token\"");
  }

  @Test
  void challengeParametersAreQuotedStringsWithEscapes() {
    StatusPolicy policy = ResponseFixtures.policyBuilder().catalog(Catalog.of(Product.builder("x")
        .access(dev.statuspolicy.catalog.Access.restricted("a \"quoted\" realm", "back\\slash"))
        .version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e")))
        .build())).build();
    Decision decision = policy.decide(oslo().target("/weatherapi/x/1/e").build(), Outcome.data());
    assertThat(decision.header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"a \\\"quoted\\\" realm\", scope=\"back\\\\slash\"");
  }

  @Test
  void a403ForMissingScopeSaysInsufficientScope() {
    Decision decision = POLICY.decide(oslo(ResponseFixtures.RESTRICTED)
        .credentials(Credentials.valid("radar")).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(decision.header("WWW-Authenticate")).endsWith("error=\"insufficient_scope\"");
  }

  @Test
  void a429CarriesRetryAfterTheRateLimitFieldsAndNoStore() {
    Decision decision = POLICY.decide(
        Fixtures.counted(POLICY, oslo(), 21, Duration.ofMillis(150)).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("Retry-After")).as("seconds, rounded up").isEqualTo("1");
    assertThat(decision.header("RateLimit-Policy")).isEqualTo("\"default\";q=20;w=1");
    assertThat(decision.header("RateLimit"))
        .as("reset agrees with Retry-After, which clients must prefer")
        .isEqualTo("\"default\";r=0;t=1");
    assertThat(decision.header("Cache-Control")).isEqualTo("no-store");
    assertThat(decision.headers()).extracting(Header::name)
        .doesNotContain("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
  }

  @Test
  void a429ForUnidentifiedClientsAdvertisesTheLowerQuota() {
    StatusPolicy lenient = ResponseFixtures.policyBuilder()
        .unidentifiedQuota(new Quota("anonymous", 10, Duration.ofMinutes(1)))
        .catalog(Catalog.of(Product.builder("old")
            .identification(dev.statuspolicy.catalog.IdentificationMode.LENIENT)
            .version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e")))
            .build()))
        .build();
    Decision decision = lenient.decide(Fixtures.counted(lenient,
        dev.statuspolicy.request.RequestFacts.builder().target("/weatherapi/old/1/e"),
        11, Duration.ofSeconds(42)).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("RateLimit-Policy")).isEqualTo("\"anonymous\";q=10;w=60");
    assertThat(decision.header("RateLimit")).isEqualTo("\"anonymous\";r=0;t=42");
    assertThat(decision.header("Retry-After")).isEqualTo("42");
  }

  @Test
  void a429FromAProductRowWithoutADelayStillSaysWhenToRetry() {
    Rule partnerLimit = new FixedRow("partner-limit", Phase.ADMISSION, HttpStatus.TOO_MANY_REQUESTS,
        Evidence.builder().quota(new Quota("partner", 5, Duration.ofSeconds(10))).build());
    StatusPolicy policy = ResponseFixtures.policyBuilder()
        .insertAfter(StandardRow.RATE_LIMITED.id(), partnerLimit).build();
    Decision decision = policy.decide(oslo().build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("Retry-After")).as("the quota's window").isEqualTo("10");
    assertThat(decision.header("RateLimit")).isEqualTo("\"partner\";r=0;t=10");
  }

  @Test
  void a503CarriesRetryAfterOnlyWhenKnown() {
    Decision maintenance = POLICY.decide(oslo(ResponseFixtures.MAINTENANCE).build(), Outcome.data());
    assertThat(maintenance.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(maintenance.header("Retry-After")).isEqualTo("120");

    Decision radarDown = POLICY.decide(oslo().build(), Outcome.unavailable(Duration.ofMillis(30_001)));
    assertThat(radarDown.header("Retry-After")).isEqualTo("31");

    Decision unknown = POLICY.decide(oslo().build(), Outcome.unavailable());
    assertThat(unknown.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(unknown.header("Retry-After")).isNull();
  }

  @Test
  void everyServerErrorIsNotStored() {
    List<Outcome> faults = List.of(Outcome.unexpectedFailure(null), Outcome.backendFailed(),
        Outcome.timedOut(), Outcome.unavailable());
    for (Outcome fault : faults) {
      Decision decision = POLICY.decide(oslo().build(), fault);
      assertThat(decision.status().isServerError()).isTrue();
      assertThat(decision.header("Cache-Control")).as("%s", fault).isEqualTo("no-store");
    }
    assertThat(POLICY.decide(oslo().build(), Outcome.noData()).header("Cache-Control"))
        .as("a 404 is cacheable").isNull();
  }

  @Test
  void a203ForADeprecatedVersionSaysWhenItEndsAndWhereToGo() {
    Decision decision = POLICY.decide(oslo(ResponseFixtures.DEPRECATED).build(), Outcome.data(validators()));
    assertThat(decision.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    // 2026-01-15T00:00:00Z
    assertThat(decision.header("Deprecation")).isEqualTo("@1768435200");
    assertThat(decision.header("Sunset")).isEqualTo("Mon, 01 Jun 2026 00:00:00 GMT");
    assertThat(decision.header("Link")).isEqualTo(
        "</weatherapi/locationforecast/2.0/compact>; rel=\"successor-version\", "
            + "<https://api.example.org/doc/changelog#locationforecast-1.9>; rel=\"deprecation\"");
    assertThat(decision.header("ETag")).isEqualTo(ResponseFixtures.ETAG);
    assertThat(decision.header("Last-Modified")).isEqualTo("Sat, 28 Feb 2026 12:00:00 GMT");
    assertThat(decision.header("Expires")).isEqualTo("Sun, 01 Mar 2026 12:10:00 GMT");
    assertThat(decision.header("X-ErrorClass")).isNull();
  }

  @Test
  void a203LinksTheDeprecationDocumentationWhenTheCatalogHasIt() {
    Lifecycle documented = Lifecycle.deprecated(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 6, 1), null)
        .withDocumentation("https://api.example.org/doc/changelog#sunrise-2.0");
    StatusPolicy policy = ResponseFixtures.policyBuilder().catalog(Catalog.of(Product.builder("sunrise")
        .version(ProductVersion.of("2.0", documented, Endpoint.of("sun")))
        .build())).build();
    Decision decision = policy.decide(oslo().target("/weatherapi/sunrise/2.0/sun").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(decision.header("Link"))
        .isEqualTo("<https://api.example.org/doc/changelog#sunrise-2.0>; rel=\"deprecation\"");
  }

  @Test
  void aSunsetIsNeverEarlierThanTheDeprecation() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Evidence.builder()
            .lifecycle(java.time.Instant.parse("2026-02-01T00:00:00Z"),
                java.time.Instant.parse("2026-01-31T23:59:59Z"))
            .build())
        .withMessageContaining("sunset");
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> Lifecycle.deprecated(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 31), null));
  }

  @Test
  void a203ForABetaVersionCarriesTheValidatorsButNoLifecycleDates() {
    Decision decision = POLICY.decide(oslo(ResponseFixtures.BETA).build(), Outcome.data(validators()));
    assertThat(decision.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(decision.header("ETag")).isEqualTo(ResponseFixtures.ETAG);
    assertThat(decision.header("Deprecation")).isNull();
    assertThat(decision.header("Sunset")).isNull();
  }

  @Test
  void a200CarriesTheValidatorsWhenKnownAndTheCorsHeadersAndNothingElse() {
    Decision decision = POLICY.decide(oslo().build(), Outcome.data(validators()));
    assertThat(decision.headers()).extracting(Header::toString).containsExactly(
        "ETag: \"v42\"",
        "Last-Modified: Sat, 28 Feb 2026 12:00:00 GMT",
        "Expires: Sun, 01 Mar 2026 12:10:00 GMT",
        "Access-Control-Allow-Origin: *",
        "Access-Control-Expose-Headers: " + CorsHeadersTest.EXPOSED);
    assertThat(POLICY.decide(oslo().build(), Outcome.data()).headers()).extracting(Header::toString)
        .containsExactly("Access-Control-Allow-Origin: *",
            "Access-Control-Expose-Headers: " + CorsHeadersTest.EXPOSED);
  }

  @Test
  void a301PointsAtTheHttpsAddress() {
    StatusPolicy policy = ResponseFixtures.policyBuilder().requireHttps("api.example.org").build();
    Decision decision = policy.decide(
        oslo().transport(Transport.HTTP).target(ResponseFixtures.STABLE + "?lat=1&lon=2").build(),
        Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.MOVED_PERMANENTLY);
    assertThat(decision.header("Location"))
        .isEqualTo("https://api.example.org/weatherapi/locationforecast/2.0/compact?lat=1&lon=2");
    assertThat(decision.header("X-ErrorClass")).isNull();
  }

  @Test
  void aRedirectedPathOutsideTheBmpIsEncodedByCodePoint() {
    StatusPolicy policy = ResponseFixtures.policyBuilder().requireHttps("api.example.org").build();
    Decision decision = policy.decide(dev.statuspolicy.request.RequestFacts.builder()
        .transport(Transport.HTTP).path("/weatherapi/Troms\u00f8/\uD83C\uDF27").query("q=\uD83C\uDF27 x")
        .build(), Outcome.data());
    assertThat(decision.header("Location")).isEqualTo(
        "https://api.example.org/weatherapi/Troms%C3%B8/%F0%9F%8C%A7?q=%F0%9F%8C%A7%20x");
    Decision lone = policy.decide(dev.statuspolicy.request.RequestFacts.builder()
        .transport(Transport.HTTP).path("/a\uD800b\uDFFF").build(), Outcome.data());
    assertThat(lone.header("Location")).as("a lone surrogate is U+FFFD")
        .isEqualTo("https://api.example.org/a%EF%BF%BDb%EF%BF%BD");
  }

  @Test
  void everyErrorCarriesItsRowAsErrorClassAndASafeNegotiatedBody() {
    List<Decision> errors = List.of(
        POLICY.decide(oslo().blocklist(dev.statuspolicy.request.BlocklistStanding.BLOCKED).build(), Outcome.data()),
        POLICY.decide(oslo().method("DELETE").build(), Outcome.data()),
        POLICY.decide(dev.statuspolicy.request.RequestFacts.builder()
            .target(ResponseFixtures.STABLE + "?lat=1&lon=2")
            .header("User-Agent", "okhttp/4.9").build(), Outcome.data()),
        POLICY.decide(oslo().target("/weatherapi/unknown/1/x").build(), Outcome.data()),
        POLICY.decide(oslo(ResponseFixtures.RETIRED).build(), Outcome.data()),
        POLICY.decide(oslo().target(ResponseFixtures.STABLE).build(), Outcome.data()),
        POLICY.decide(oslo(ResponseFixtures.BETA).target(ResponseFixtures.BETA + "?lat=0&lon=0").build(), Outcome.data()),
        POLICY.decide(oslo().build(), Outcome.noData()),
        POLICY.decide(oslo().build(), Outcome.timedOut()));
    for (Decision decision : errors) {
      assertThat(decision.status().isError()).isTrue();
      assertThat(decision.header("X-ErrorClass")).as("%s", decision.row()).isEqualTo(decision.row().value());
      assertThat(decision.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
      assertThat(decision.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(decision.header("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
      assertThat(decision.header("Vary")).isEqualTo("Accept");
    }
    assertThat(errors).extracting(d -> d.row().value()).containsExactly(
        "client-blocked", "method-not-allowed", "client-unidentified", "product-unknown",
        "version-retired", "parameter-invalid", "outside-coverage", "no-data", "backend-timeout");
  }

  @Test
  void aRetiredVersionLinksItsSuccessor() {
    Decision decision = POLICY.decide(oslo(ResponseFixtures.RETIRED).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decision.header("Link"))
        .isEqualTo("</weatherapi/locationforecast/2.0/compact>; rel=\"successor-version\"");
    StatusPolicy gone = ResponseFixtures.policyBuilder().retiredVersionStatus(HttpStatus.GONE).build();
    assertThat(gone.decide(oslo(ResponseFixtures.RETIRED).build(), Outcome.data()).status())
        .isEqualTo(HttpStatus.GONE);
  }

  @Test
  void aProductRowMayNarrowTheAllowedMethods() {
    Rule getOnly = new FixedRow("get-only", Phase.ADMISSION, HttpStatus.METHOD_NOT_ALLOWED,
        Evidence.builder().allowedMethods(List.of("GET")).build());
    StatusPolicy policy = ResponseFixtures.policyBuilder()
        .insertAfter(StandardRow.METHOD_NOT_ALLOWED.id(), getOnly).build();
    assertThat(policy.decide(oslo().method("HEAD").build(), Outcome.data()).header("Allow"))
        .isEqualTo("GET");
  }

  @Test
  void aZeroDelayIsStillSent() {
    Decision decision = POLICY.decide(oslo().build(), Outcome.unavailable(Duration.ZERO));
    assertThat(decision.header("Retry-After")).isEqualTo("0");
  }

  @Test
  void aMeaningfulEmptyDocumentIsServedWithItsValidators() {
    StatusPolicy policy = ResponseFixtures.policyBuilder().catalog(Catalog.of(Product.builder("alerts")
        .emptyResult(dev.statuspolicy.catalog.EmptyResult.MEANINGFUL)
        .version(ProductVersion.of("1.0", Lifecycle.stable(), Endpoint.of("current")))
        .build())).build();
    Decision decision = policy.decide(oslo().target("/weatherapi/alerts/1.0/current").build(),
        new Outcome.EmptyDocument(validators()));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.header("ETag")).isEqualTo(ResponseFixtures.ETAG);
  }

  @Test
  void a499IsForTheLogsOnly() {
    Decision decision = POLICY.decide(oslo().build(), Outcome.clientClosed());
    assertThat(decision.sendsResponse()).isFalse();
    assertThat(decision.headers()).extracting(Header::toString)
        .containsExactly("X-ErrorClass: client-closed-request");
  }

  /** A product team's row that always fires with the same status and evidence. */
  record FixedRow(RowDefinition definition, HttpStatus status, Evidence evidence) implements Rule {
    FixedRow(String id, Phase phase, HttpStatus status, Evidence evidence) {
      this(new RowDefinition(RowId.of(id), phase, List.of(status), "Always?", "Fixed " + id,
          "Nothing to do.", null), status, evidence);
    }

    @Override
    public Finding evaluate(RuleContext context) {
      return Finding.fired(status, evidence);
    }
  }
}
