package dev.statuspolicy.table;

import static dev.statuspolicy.fixtures.Fixtures.INSIDE;
import static dev.statuspolicy.fixtures.Fixtures.VALIDATORS;
import static dev.statuspolicy.fixtures.Fixtures.fine;
import static dev.statuspolicy.fixtures.Fixtures.get;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One readable example per standard row: the smallest request that makes the row fire, and what
 * the table says the decision must then carry. Each display name quotes the seed sentence the
 * row implements, where the seed has one ({@link StandardRow} holds them).
 */
class StandardRowExamplesTest {

  private final StatusPolicy policy = Fixtures.policy();

  private static void assertDecidedBy(Decision decision, StandardRow row, HttpStatus status) {
    assertThat(decision.status()).isEqualTo(status);
    assertThat(decision.row()).isEqualTo(row.id());
    List<Trace.Entry> entries = decision.trace().entries();
    assertThat(entries.get(entries.size() - 1)).isEqualTo(new Trace.Entry(row.id(), Trace.Verdict.FIRED));
    if (status.isError()) {
      assertThat(decision.header("X-ErrorClass")).isEqualTo(row.id().value());
    } else {
      assertThat(decision.header("X-ErrorClass")).isNull();
    }
  }

  @Test
  @DisplayName("1 https-required: plain HTTP is redirected with 301 to the same path over HTTPS")
  void plainHttpIsRedirectedToHttps() {
    Decision decision = Fixtures.httpsPolicy()
        .decide(fine().transport(Transport.HTTP).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.HTTPS_REQUIRED, HttpStatus.MOVED_PERMANENTLY);
    assertThat(decision.header("Location"))
        .isEqualTo("https://" + Fixtures.HTTPS_HOST + "/weatherapi/forecast/3.0/compact?" + INSIDE);
  }

  @Test
  @DisplayName("2 client-blocked: \"403 Forbidden: This usually means you have been blacklisted due to a"
      + " violation of our Terms of Service.\"")
  void aBlockedClientGets403AndNothingElse() {
    Decision decision = policy.decide(
        fine().blocklist(BlocklistStanding.BLOCKED).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.CLIENT_BLOCKED, HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("2a target-too-long: \"Other 4XX-codes may be added in the future to differentiate"
      + " errors.\"")
  void aTargetOverTheLimitIs414BeforeItsQueryIsRead() {
    String query = INSIDE + "&padding=" + "x".repeat(8192);
    Decision decision = policy.decide(fine().query(query).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.TARGET_TOO_LONG, HttpStatus.URI_TOO_LONG);
    // the row's detail names both lengths, so the client knows by how much to shorten
    int length = "/weatherapi/forecast/3.0/compact?".length() + query.length();
    assertThat(((Body.ErrorDocument) decision.body()).text())
        .contains(String.valueOf(length)).contains("8192");
    assertThat(decision.trace().verdictOf(StandardRow.PARAMETER_INVALID.id())).isNull();
  }

  @Test
  @DisplayName("3 method-not-allowed: \"405 Method Not Allowed: You are probable sending POST requests,"
      + " which is not allowed.\"")
  void postIsAnswered405WithAllow() {
    Decision decision = policy.decide(fine().method("POST").build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.METHOD_NOT_ALLOWED, HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(decision.header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  @DisplayName("4 client-unidentified: \"On newer products like Locationforecast/2.0 it can also mean that"
      + " you have been denied service because of failure to identify yourself in the User-Agent"
      + " header.\"")
  void aGenericAgentOnAStrictProductGets403() {
    RequestFacts facts = RequestFacts.builder()
        .path("/weatherapi/forecast/3.0/compact").query(INSIDE)
        .header("User-Agent", "okhttp/4.9.0").build();
    assertDecidedBy(policy.decide(facts, Outcome.data()), StandardRow.CLIENT_UNIDENTIFIED,
        HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("5 rate-limited: \"429 Too Many Requests: The 429 status code indicates that the user has"
      + " sent too many requests in a given amount of time (\\\"rate limiting\\\").\"")
  void anApplicationOver20PerSecondGets429WithRateLimitHeaders() {
    Decision decision = policy.decide(
        Fixtures.counted(policy, fine(), 21, Duration.ofMillis(400)).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.RATE_LIMITED, HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("Retry-After")).isEqualTo("1");
    assertThat(decision.header("Cache-Control")).isEqualTo("no-store");
    assertThat(decision.header("RateLimit-Policy")).isEqualTo("\"default\";q=20;w=1");
    assertThat(decision.header("RateLimit")).isEqualTo("\"default\";r=0;t=1");
  }

  @Test
  @DisplayName("5a quota-unknown: a policy that fails closed answers 503 when the quota cannot be"
      + " counted")
  void aQuotaThatCannotBeCountedIs503WhenThePolicyFailsClosed() {
    StatusPolicy closed = Fixtures.builder()
        .quotaOutage(dev.statuspolicy.QuotaOutage.failClosed(Duration.ofSeconds(7))).build();
    Decision decision = closed.decide(fine().quotaUnknown().build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.QUOTA_UNKNOWN, HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.header("Retry-After")).isEqualTo("7");
    assertThat(decision.header("RateLimit")).isNull();
  }

  @Test
  @DisplayName("6 product-unknown: a path naming no product, version or endpoint is a 404")
  void anUnknownProductIs404() {
    Decision decision = policy.decide(get("/weatherapi/nosuch/1.0/compact", INSIDE).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.PRODUCT_UNKNOWN, HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("7 version-retired: \"Deprecated products are EOL's after a certain period of time - this"
      + " date should be listed in the product change log.\"")
  void aRetiredVersionIs404WithTheSuccessorLink() {
    Decision decision = policy.decide(get("/weatherapi/forecast/1.0/compact", INSIDE).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.VERSION_RETIRED, HttpStatus.NOT_FOUND);
    assertThat(decision.header("Link"))
        .isEqualTo("</weatherapi/forecast/3.0/compact>; rel=\"successor-version\"");
  }

  @Test
  @DisplayName("8 product-unavailable: \"503 Service Unavailable: The service is currently not operational"
      + " or functioning properly. Examples include a radar site being down, or a service is not"
      + " configured.\"")
  void aVersionInMaintenanceIs503WithRetryAfter() {
    Decision decision = policy.decide(get("/weatherapi/forecast/5.0/compact", INSIDE).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.PRODUCT_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.header("Retry-After")).isEqualTo("300");
  }

  @Test
  @DisplayName("9 credentials-required: \"401 Unauthorized: This indicates that you are trying to access a"
      + " resource which you are not authorized to.\"")
  void aRestrictedProductWithoutCredentialsIs401WithAChallenge() {
    Decision decision = policy.decide(get("/weatherapi/satellite/1.0/image", "").build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.CREDENTIALS_REQUIRED, HttpStatus.UNAUTHORIZED);
    assertThat(decision.header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"weatherapi\", scope=\"satellite\"");
  }

  @Test
  @DisplayName("10 access-denied: \"Typical examples would be restricted products (e.g. satellite images)"
      + " or administrative services.\"")
  void validCredentialsWithoutTheScopeAre403() {
    Decision decision = policy.decide(get("/weatherapi/satellite/1.0/image", "")
        .credentials(Credentials.valid("radar")).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.ACCESS_DENIED, HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("11 coordinates-too-precise: five decimals on a product enforcing four is refused")
  void fiveDecimalsOnNowcastAre403() {
    Decision decision = policy.decide(
        get("/weatherapi/nowcast/2.0/compact", "lat=60.12345&lon=10.7").build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.COORDINATES_TOO_PRECISE, HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("12 parameter-invalid: \"400 Bad Request: On error, the HTTP status code \\\"400 Bad"
      + " request\\\" is returned along with an error message formatted as HTML.\"")
  void aMalformedLatitudeIs400InHtmlByDefault() {
    Decision decision = policy.decide(
        get("/weatherapi/forecast/3.0/compact", "lat=north&lon=10.7").build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.PARAMETER_INVALID, HttpStatus.BAD_REQUEST);
    assertThat(decision.header("Content-Type")).startsWith("text/html");
    assertThat(decision.body()).isInstanceOf(Body.ErrorDocument.class);
  }

  @Test
  @DisplayName("13 outside-coverage: \"E.g when you specify a location outside the supported geographical"
      + " area for the product.\"")
  void aPointOutsideNowcastIs422() {
    Decision decision = policy.decide(
        get("/weatherapi/nowcast/2.0/compact", Fixtures.OUTSIDE).build(), Outcome.data());
    assertDecidedBy(decision, StandardRow.OUTSIDE_COVERAGE, HttpStatus.UNPROCESSABLE_ENTITY);
  }

  @Test
  @DisplayName("14 client-closed-request: \"499 Client Closed Request: ... the client terminated the"
      + " connection before the response was finished\"")
  void aClientThatHungUpIsLoggedAs499AndSentNothing() {
    Decision decision = policy.decide(fine().build(), Outcome.clientClosed());
    assertDecidedBy(decision, StandardRow.CLIENT_CLOSED_REQUEST, HttpStatus.CLIENT_CLOSED_REQUEST);
    assertThat(decision.sendsResponse()).isFalse();
    assertThat(decision.body()).isEqualTo(Body.EMPTY);
  }

  @Test
  @DisplayName("15 internal-error: \"500 Internal Server Error: An unspecified error in the API itself.\"")
  void anUnexpectedFailureIs500WithoutTheExceptionText() {
    Decision decision = policy.decide(fine().build(),
        Outcome.unexpectedFailure(new IllegalStateException("secret-db-host-42")));
    assertDecidedBy(decision, StandardRow.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(((Body.ErrorDocument) decision.body()).text()).doesNotContain("secret-db-host-42")
        .doesNotContain("IllegalStateException");
  }

  @Test
  @DisplayName("16 backend-timeout: \"504 Gateway Time-out: Some backend service took to long to respond"
      + " to the API.\"")
  void aSlowBackendIs504() {
    assertDecidedBy(policy.decide(fine().build(), Outcome.timedOut()), StandardRow.BACKEND_TIMEOUT,
        HttpStatus.GATEWAY_TIMEOUT);
  }

  @Test
  @DisplayName("17 backend-unavailable: \"Examples include a radar site being down, or a service is not"
      + " configured.\"")
  void aBackendDownIs503WithRetryAfterWhenKnown() {
    Decision decision = policy.decide(fine().build(), Outcome.unavailable(Duration.ofSeconds(90)));
    assertDecidedBy(decision, StandardRow.BACKEND_UNAVAILABLE, HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.header("Retry-After")).isEqualTo("90");
  }

  @Test
  @DisplayName("18 backend-failed: \"502 Bad Gateway: The API could not fetch data from the backend,"
      + " either from disk or one of several internal webservices.\"")
  void dataThatCouldNotBeFetchedIs502() {
    assertDecidedBy(policy.decide(fine().build(), Outcome.backendFailed()), StandardRow.BACKEND_FAILED,
        HttpStatus.BAD_GATEWAY);
  }

  @Test
  @DisplayName("19 no-data: \"If the request is OK as such, but the product handler does not have any"
      + " data to offer, you will normally receive a \\\"404\\\" code.\"")
  void anEmptyDocumentWhereEmptyMeansNoDataIs404() {
    assertDecidedBy(policy.decide(fine().build(), Outcome.emptyDocument()), StandardRow.NO_DATA,
        HttpStatus.NOT_FOUND);
  }

  @Test
  @DisplayName("20 not-modified: \"Client Side Caching is supported on our API servers, and requires the"
      + " use of the if-modified-since directive to be sent in the client request header.\"")
  void anUnchangedStableDocumentIs304WithItsValidatorsAndNoBody() {
    Decision decision = policy.decide(
        fine().header("If-Modified-Since", "Sun, 01 Mar 2026 11:00:00 GMT").build(),
        Outcome.data(VALIDATORS));
    assertDecidedBy(decision, StandardRow.NOT_MODIFIED, HttpStatus.NOT_MODIFIED);
    assertThat(decision.header("ETag")).isEqualTo("\"v1\"");
    assertThat(decision.header("Expires")).isEqualTo("Sun, 01 Mar 2026 13:00:00 GMT");
    assertThat(decision.body()).isEqualTo(Body.EMPTY);
  }

  @Test
  @DisplayName("21 version-deprecated: \"203 Non-Authorative Information: The product version you are"
      + " attempting to use is deprecated or in beta, and should not be used in production (yet).\"")
  void aDeprecatedVersionIs203WithDeprecationSunsetAndLink() {
    Decision decision = policy.decide(get("/weatherapi/forecast/2.0/compact", INSIDE).build(),
        Outcome.data(VALIDATORS));
    assertDecidedBy(decision, StandardRow.VERSION_DEPRECATED, HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(decision.header("Deprecation")).isEqualTo("@1769904000");
    assertThat(decision.header("Sunset")).isEqualTo("Tue, 01 Sep 2026 00:00:00 GMT");
    assertThat(decision.header("Link")).isEqualTo("</weatherapi/forecast/3.0/compact>; rel=\"successor-version\"");
    assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
  }

  @Test
  @DisplayName("22 version-beta: \"The product version you are attempting to use is deprecated or in"
      + " beta, and should not be used in production (yet).\"")
  void aBetaVersionIs203EvenWhenTheValidatorMatches() {
    Decision decision = policy.decide(get("/weatherapi/forecast/4.0/compact", INSIDE)
        .header("If-None-Match", "\"v1\"").build(), Outcome.data(VALIDATORS));
    assertDecidedBy(decision, StandardRow.VERSION_BETA, HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
  }

  @Test
  @DisplayName("23 ok: \"200 OK: On success, the appropriate data will be returned with the HTTP status"
      + " code \\\"200 OK\\\".\"")
  void aGoodRequestIs200WithItsValidators() {
    Decision decision = policy.decide(fine().build(), Outcome.data(VALIDATORS));
    assertDecidedBy(decision, StandardRow.OK, HttpStatus.OK);
    assertThat(decision.header("Last-Modified")).isEqualTo("Sun, 01 Mar 2026 10:00:00 GMT");
    assertThat(decision.header("ETag")).isEqualTo("\"v1\"");
    assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
  }

  @Test
  void everyStandardRowHasAnExampleHere() {
    long examples = java.util.Arrays.stream(StandardRowExamplesTest.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(DisplayName.class)).count();
    assertThat(examples).isEqualTo(StandardRow.values().length).isEqualTo(25);
  }
}
