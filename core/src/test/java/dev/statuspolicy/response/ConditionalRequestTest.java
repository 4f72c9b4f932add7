package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.BETA;
import static dev.statuspolicy.response.ResponseFixtures.DEPRECATED;
import static dev.statuspolicy.response.ResponseFixtures.ETAG;
import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static dev.statuspolicy.response.ResponseFixtures.validators;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.RequestFacts;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditional GET and HEAD: RFC 9110 sections 13.1.2, 13.1.3, 13.2 and 15.4.5. */
class ConditionalRequestTest {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  /** Last-Modified of the fixture's data. */
  private static final String LAST_MODIFIED = "Sat, 28 Feb 2026 12:00:00 GMT";

  private static Decision get(RequestFacts.Builder request) {
    return POLICY.decide(request.build(), Outcome.data(validators()));
  }

  @Test
  void aMatchingEntityTagGives304() {
    assertThat(get(oslo().header("If-None-Match", ETAG)).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(get(oslo().header("If-None-Match", "W/" + ETAG)).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(get(oslo().header("If-None-Match", "\"x\", " + ETAG)).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(get(oslo().header("If-None-Match", "*")).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(get(oslo().header("If-None-Match", "\"other\"")).status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
    // a date that alone would give 304, with a tag that does not match: 200
    Decision decision = get(oslo()
        .header("If-None-Match", "\"other\"")
        .header("If-Modified-Since", LAST_MODIFIED));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    // a matching tag with a date that alone would give 200: 304
    assertThat(get(oslo()
        .header("If-None-Match", ETAG)
        .header("If-Modified-Since", "Sun, 01 Jan 2017 00:00:00 GMT")).status())
        .isEqualTo(HttpStatus.NOT_MODIFIED);
    // a garbled If-None-Match is still present, so the date is still ignored
    assertThat(get(oslo()
        .header("If-None-Match", "garbage")
        .header("If-Modified-Since", LAST_MODIFIED)).status())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sat, 28 Feb 2026 12:00:00 GMT",
      "Saturday, 28-Feb-26 12:00:00 GMT",
      "Sat Feb 28 12:00:00 2026",
      "Sun, 01 Mar 2026 11:59:59 GMT"})
  void ifModifiedSinceAtOrAfterLastModifiedGives304InAnyDateForm(String date) {
    assertThat(get(oslo().header("If-Modified-Since", date)).status())
        .isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void ifModifiedSinceBeforeLastModifiedGives200() {
    assertThat(get(oslo().header("If-Modified-Since", "Sat, 28 Feb 2026 11:59:59 GMT")).status())
        .isEqualTo(HttpStatus.OK);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "yesterday",
      "Sat, 28 Feb 2026 12:00:00 UTC",
      "2026-02-28T12:00:00Z",
      "",
      // in the future by the policy's clock (12:00:00): ignored, as MET's terms insist
      "Sun, 01 Mar 2026 12:00:01 GMT",
      "Mon, 01 Jan 2035 00:00:00 GMT"})
  void anUnusableDateIsIgnoredNeverAnError(String date) {
    Decision decision = get(oslo().header("If-Modified-Since", date));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aDateEqualToTheClockIsNotInTheFuture() {
    assertThat(get(oslo().header("If-Modified-Since", "Sun, 01 Mar 2026 12:00:00 GMT")).status())
        .isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void moreThanOneIfModifiedSinceIsIgnored() {
    Decision decision = get(oslo()
        .header("If-Modified-Since", LAST_MODIFIED)
        .header("If-Modified-Since", LAST_MODIFIED));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void withoutLastModifiedTheDateIsIgnored() {
    Decision decision = POLICY.decide(
        oslo().header("If-Modified-Since", LAST_MODIFIED).build(),
        Outcome.data(new Validators(null, null, ETAG)));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void withoutAnEtagOnlyTheStarMatches() {
    Validators dated = new Validators(ResponseFixtures.LAST_MODIFIED, null, null);
    assertThat(POLICY.decide(oslo().header("If-None-Match", "\"v42\"").build(),
        Outcome.data(dated)).status()).isEqualTo(HttpStatus.OK);
    assertThat(POLICY.decide(oslo().header("If-None-Match", "*").build(),
        Outcome.data(dated)).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void headIsConditionalToo() {
    Decision decision = get(oslo().method("HEAD").header("If-None-Match", ETAG));
    assertThat(decision.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void betaAndDeprecatedVersionsNeverGet304() {
    for (String path : new String[] {BETA, DEPRECATED}) {
      Decision decision = get(oslo(path)
          .header("If-None-Match", ETAG)
          .header("If-Modified-Since", LAST_MODIFIED));
      assertThat(decision.status()).as(path).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
      assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
    }
  }

  @Test
  void preconditionsOnlyApplyWhereTheAnswerWouldBe2xx() {
    // a 400, a 404 and a 422 win over a matching validator
    assertThat(get(oslo().target(ResponseFixtures.STABLE + "?lat=x&lon=1")
        .header("If-None-Match", "*")).status()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get(oslo().target("/weatherapi/nothing/1.0/x").header("If-None-Match", "*")).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(POLICY.decide(oslo().header("If-None-Match", "*").build(), Outcome.noData()).status())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(POLICY.decide(oslo().header("If-None-Match", "*").build(), Outcome.backendFailed())
        .status()).isEqualTo(HttpStatus.BAD_GATEWAY);
  }

  @Test
  void a304CarriesTheValidatorsA200WouldAndNoBody() {
    Decision ok = get(oslo());
    Decision notModified = get(oslo().header("If-None-Match", ETAG));

    assertThat(notModified.header("ETag")).isEqualTo(ok.header("ETag")).isEqualTo(ETAG);
    assertThat(notModified.header("Expires")).isEqualTo(ok.header("Expires"))
        .isEqualTo("Sun, 01 Mar 2026 12:10:00 GMT");
    assertThat(notModified.header("Last-Modified")).isEqualTo(ok.header("Last-Modified"))
        .isEqualTo(LAST_MODIFIED);
    assertThat(notModified.header("Content-Type")).isNull();
    assertThat(notModified.body()).isEqualTo(Body.EMPTY);
  }

  @Test
  void aThreeOhFourRepeatsLastModifiedNextToTheEtag() {
    for (String method : new String[] {"GET", "HEAD"}) {
      Decision ok = POLICY.decide(oslo().method(method).build(), Outcome.data(validators()));
      Decision byTag = POLICY.decide(oslo().method(method).header("If-None-Match", ETAG).build(),
          Outcome.data(validators()));
      assertThat(byTag.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
      assertThat(byTag.header("ETag")).isEqualTo(ETAG);
      assertThat(byTag.header("Last-Modified")).as(method).isEqualTo(LAST_MODIFIED);
      assertThat(byTag.headers()).as("a client may replace its stored headers with the 304's")
          .isEqualTo(ok.headers());
    }
    Decision weak = POLICY.decide(oslo().header("If-None-Match", "W/" + ETAG).build(),
        Outcome.data(new Validators(ResponseFixtures.LAST_MODIFIED, null, "W/" + ETAG)));
    assertThat(weak.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(weak.header("Last-Modified")).isEqualTo(LAST_MODIFIED);
    assertThat(weak.header("Expires")).isNull();
  }

  @Test
  void a304AnsweringADateCarriesLastModifiedWhenThereIsNoEtag() {
    Decision decision = POLICY.decide(
        oslo().header("If-Modified-Since", LAST_MODIFIED).build(),
        Outcome.data(new Validators(ResponseFixtures.LAST_MODIFIED, Instant.parse("2026-03-01T13:00:00Z"), null)));
    assertThat(decision.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(decision.header("Last-Modified")).isEqualTo(LAST_MODIFIED);
    assertThat(decision.header("Expires")).isEqualTo("Sun, 01 Mar 2026 13:00:00 GMT");
  }

  @Test
  void anEmptyDocumentThatIsMeaningfulIsConditionalToo() {
    StatusPolicy meaningful = ResponseFixtures.policyBuilder()
        .catalog(dev.statuspolicy.catalog.Catalog.of(
            dev.statuspolicy.catalog.Product.builder("alerts")
                .emptyResult(dev.statuspolicy.catalog.EmptyResult.MEANINGFUL)
                .version(dev.statuspolicy.catalog.ProductVersion.of("1.0",
                    dev.statuspolicy.catalog.Lifecycle.stable(),
                    dev.statuspolicy.catalog.Endpoint.of("current")))
                .build()))
        .build();
    RequestFacts facts = oslo().target("/weatherapi/alerts/1.0/current").header("If-None-Match", ETAG).build();
    assertThat(meaningful.decide(facts, new Outcome.EmptyDocument(validators())).status())
        .isEqualTo(HttpStatus.NOT_MODIFIED);
  }
}
