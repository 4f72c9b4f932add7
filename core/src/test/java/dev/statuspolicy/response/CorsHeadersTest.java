package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static dev.statuspolicy.response.ResponseFixtures.validators;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.AllowedOrigins;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CORS as MET sends it: every response that is sent, success or error, says which origins may
 * read it and which headers a script may see, so that a browser script can read an error's
 * status details too.
 */
class CorsHeadersTest {

  /** The headers a script needs, as issue 8 names them. */
  static final String EXPOSED = "X-ErrorClass, Retry-After, RateLimit, RateLimit-Policy,"
      + " Deprecation, Sunset, Link, WWW-Authenticate, ETag, Last-Modified, Expires";

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  private static final String YR = "https://www.yr.no";
  private static final StatusPolicy LISTED = ResponseFixtures.policyBuilder()
      .allowedOrigins(AllowedOrigins.listed(YR, "http://localhost:8080")).build();

  /** One request for each status the policy sends, and the status it must get. */
  private static List<Decision> everyStatus(StatusPolicy policy, String origin) {
    StatusPolicy https = ResponseFixtures.policyBuilder()
        .allowedOrigins(policy.config().allowedOrigins()).requireHttps("api.example.org").build();
    RequestFacts.Builder base = oslo().header("Origin", origin);
    return List.of(
        policy.decide(base.build(), Outcome.data(validators())),
        policy.decide(oslo(ResponseFixtures.DEPRECATED).header("Origin", origin).build(), Outcome.data()),
        policy.decide(oslo().header("Origin", origin).header("If-None-Match", ResponseFixtures.ETAG).build(),
            Outcome.data(validators())),
        https.decide(oslo().header("Origin", origin).transport(Transport.HTTP).build(), Outcome.data()),
        policy.decide(oslo().header("Origin", origin).target(ResponseFixtures.STABLE).build(), Outcome.data()),
        policy.decide(oslo(ResponseFixtures.RESTRICTED).header("Origin", origin).build(), Outcome.data()),
        policy.decide(oslo().header("Origin", origin).blocklist(BlocklistStanding.BLOCKED).build(),
            Outcome.data()),
        policy.decide(oslo().header("Origin", origin).target("/weatherapi/nothing/1/x").build(),
            Outcome.data()),
        policy.decide(oslo().header("Origin", origin).method("POST").build(), Outcome.data()),
        policy.decide(dev.statuspolicy.fixtures.Fixtures.counted(policy, oslo().header("Origin", origin),
            99, Duration.ofSeconds(1)).build(), Outcome.data()),
        policy.decide(base.build(), Outcome.unexpectedFailure(null)),
        policy.decide(base.build(), Outcome.backendFailed()),
        policy.decide(base.build(), Outcome.unavailable(Duration.ofSeconds(30))),
        policy.decide(base.build(), Outcome.timedOut()));
  }

  @Test
  void everyResponseSuccessOrErrorLetsAnyOriginReadItByDefault() {
    List<Decision> decisions = everyStatus(POLICY, YR);
    assertThat(decisions).extracting(d -> d.status().code())
        .containsExactly(200, 203, 304, 301, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504);
    for (Decision decision : decisions) {
      assertThat(decision.header("Access-Control-Allow-Origin")).as("%s", decision.status()).isEqualTo("*");
      assertThat(decision.header("Access-Control-Expose-Headers")).as("%s", decision.status())
          .isEqualTo(EXPOSED);
      if (!decision.status().isError()) {
        assertThat(decision.header("Vary")).as("%s", decision.status()).isNull();
      } else {
        assertThat(decision.headers()).filteredOn(h -> h.name().equals("Vary"))
            .extracting(Header::value).containsExactly("Accept");
      }
    }
  }

  @Test
  void theExposedHeadersAreTheOnesTheIssueNames() {
    assertThat(String.join(", ", AllowedOrigins.EXPOSED_HEADERS)).isEqualTo(EXPOSED);
  }

  @Test
  void aClientClosedRequestSendsNothingSoNoCorsHeadersEither() {
    Decision decision = POLICY.decide(oslo().header("Origin", YR).build(), Outcome.clientClosed());
    assertThat(decision.headers()).extracting(Header::name).containsExactly("X-ErrorClass");
  }

  @Test
  void aPreflightIsRefusedAsAnyOtherMethodButScriptsCanReadWhy() {
    Decision decision = POLICY.decide(oslo().method("OPTIONS").header("Origin", YR).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(decision.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(decision.header("Access-Control-Allow-Origin")).isEqualTo("*");
  }

  @Test
  void aListedOriginIsSentBackToTheRequestThatComesFromIt() {
    for (Decision decision : everyStatus(LISTED, YR)) {
      assertThat(decision.header("Access-Control-Allow-Origin")).as("%s", decision.status()).isEqualTo(YR);
      assertThat(decision.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED);
      assertThat(decision.headers()).filteredOn(h -> h.name().equals("Vary")).extracting(Header::value)
          .as("one Vary field for %s", decision.status())
          .containsExactly(decision.status().isError() ? "Accept, Origin" : "Origin");
    }
    Decision local = LISTED.decide(oslo().header("Origin", "http://localhost:8080").build(), Outcome.data());
    assertThat(local.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:8080");
  }

  @Test
  void anOriginThatIsNotListedGetsNoAllowedOriginButTheSameVary() {
    List<String> strangers = List.of("https://evil.example", "https://www.yr.no.evil.example",
        "https://www.yr.no:8443", "http://www.yr.no", "https://www.yr.no/", "null", "*",
        "https://www.yr.no\r\nSet-Cookie: a=b", "https://www.\u212Aelvin.no", "");
    for (String stranger : strangers) {
      for (Decision decision : everyStatus(LISTED, stranger)) {
        assertThat(decision.header("Access-Control-Allow-Origin")).as("%s for %s", decision.status(), stranger)
            .isNull();
        assertThat(decision.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED);
        assertThat(decision.header("Vary")).isEqualTo(decision.status().isError() ? "Accept, Origin" : "Origin");
      }
    }
    Decision none = LISTED.decide(oslo().build(), Outcome.data());
    assertThat(none.header("Access-Control-Allow-Origin")).as("no Origin at all").isNull();
    assertThat(none.header("Vary")).isEqualTo("Origin");
    Decision twice = LISTED.decide(oslo().header("Origin", YR).header("Origin", YR).build(), Outcome.data());
    assertThat(twice.header("Access-Control-Allow-Origin")).as("two Origin fields are not one origin").isNull();
  }

  @Test
  void anOriginMatchesInEitherCaseAndTheConfiguredSpellingIsSent() {
    Decision decision = LISTED.decide(oslo().header("Origin", "HTTPS://WWW.YR.NO").build(), Outcome.data());
    assertThat(decision.header("Access-Control-Allow-Origin")).isEqualTo(YR);
  }

  @Test
  void theRememberedHeadersOfA200NeverCarryAnotherRequestsOrigin() {
    Outcome data = Outcome.data(validators());
    String local = "http://localhost:8080";
    for (String first : List.of(YR, local)) {
      for (String next : List.of(YR, local, "https://evil.example")) {
        assertThat(LISTED.decide(oslo().header("Origin", first).build(), data).header("Access-Control-Allow-Origin"))
            .isEqualTo(first);
        String expected = next.equals("https://evil.example") ? null : next;
        assertThat(LISTED.decide(oslo().header("Origin", next).build(), data).header("Access-Control-Allow-Origin"))
            .as("200 after %s", first).isEqualTo(expected);
        RequestFacts conditional = oslo().header("Origin", first).header("If-None-Match", ResponseFixtures.ETAG).build();
        assertThat(LISTED.decide(conditional, data).header("Access-Control-Allow-Origin")).isEqualTo(first);
        RequestFacts nextConditional = oslo().header("Origin", next).header("If-None-Match", ResponseFixtures.ETAG)
            .build();
        Decision notModified = LISTED.decide(nextConditional, data);
        assertThat(notModified.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
        assertThat(notModified.header("Access-Control-Allow-Origin")).as("304 after %s", first).isEqualTo(expected);
        assertThat(notModified.header("ETag")).isEqualTo(ResponseFixtures.ETAG);
      }
    }
  }

  @Test
  void aFixedOriginIsSentWhateverTheRequestWithVaryOrigin() {
    StatusPolicy fixed = ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.fixed(YR)).build();
    for (String origin : List.of(YR, "https://evil.example")) {
      for (Decision decision : everyStatus(fixed, origin)) {
        assertThat(decision.header("Access-Control-Allow-Origin")).as("%s", decision.status()).isEqualTo(YR);
        assertThat(decision.header("Vary")).isEqualTo(decision.status().isError() ? "Accept, Origin" : "Origin");
      }
    }
  }

  @Test
  void corsTurnedOffSendsNoneOfItsHeaders() {
    StatusPolicy off = ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.none()).build();
    for (Decision decision : everyStatus(off, YR)) {
      assertThat(decision.headers()).extracting(Header::name).as("%s", decision.status())
          .doesNotContain("Access-Control-Allow-Origin", "Access-Control-Expose-Headers");
      if (decision.status().isError()) {
        assertThat(decision.header("Vary")).isEqualTo("Accept");
      } else {
        assertThat(decision.header("Vary")).isNull();
      }
    }
    assertThat(off.decide(oslo().build(), Outcome.data()).headers()).isEmpty();
  }

  @Test
  void theStarCaseSharesItsHeadersInsteadOfMakingThem() {
    Decision first = POLICY.decide(oslo().build(), Outcome.data());
    Decision second = POLICY.decide(oslo().header("Origin", YR).build(), Outcome.timedOut());
    Header allow = first.headers().get(0);
    assertThat(allow.name()).isEqualTo("Access-Control-Allow-Origin");
    assertThat(second.headers()).anySatisfy(header -> assertThat(header).isSameAs(allow));
    assertThat(POLICY.decide(oslo().build(), Outcome.data()).headers())
        .as("a 200 without validators repeats one list").isSameAs(first.headers());
  }
}
