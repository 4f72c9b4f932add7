package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.quota.bucket4j.LocalQuotaCounter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The checks every adapter of the demo must pass over real HTTP: each row that a request can reach
 * over the wire, with its status, headers and body. Subclasses name the server; it runs on an
 * ephemeral port of the loopback address, as {@code serve} sets it up. The policy and the request counter run on a fixed clock, so that every request of a test
 * falls in the same rate-limit window and validators never change under it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HttpChecks {

  /** The fixed instant the server under test lives at. */
  static final Instant NOW = Instant.parse("2026-06-01T10:30:00Z");

  /** The per-application limit of the server under test, small enough to reach in a test. */
  static final int RATE_LIMIT = 5;

  private static final AtomicInteger AGENTS = new AtomicInteger();

  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10))
      .build();
  final List<String> log = new CopyOnWriteArrayList<>();
  private String base = "";
  private String agent = "";

  /**
   * Returns the HTTP server under test.
   *
   * @return the engine
   */
  abstract DemoServer.Engine engine();

  /** The server under test, running for the whole class. */
  DemoServer server;

  @BeforeAll
  void startServer() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    server = DemoServer.start(engine(), Main.DEFAULT_HOST, 0, origin -> DemoApi.weatherAt(origin,
        clock, Quota.perSecond("default", RATE_LIMIT),
        LocalQuotaCounter.builder().timeMeter(new FrozenTime()).build(), log::add));
    base = "http://127.0.0.1:" + server.port() + "/weatherapi/";
  }

  @AfterAll
  void stopServer() {
    server.close();
  }

  /** Each test is its own application, so that no test eats into another's quota. */
  @BeforeEach
  void newApplication() {
    agent = "HttpCheck" + AGENTS.incrementAndGet() + "/1.0 checks@example.org";
  }

  private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
    return send("GET", path, headers);
  }

  private HttpResponse<String> send(String method, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(10))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("User-Agent", agent);
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static void assertError(HttpResponse<String> response, int status, String row) {
    assertThat(response.statusCode()).as("status").isEqualTo(status);
    assertThat(header(response, "X-ErrorClass")).isEqualTo(row);
    assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertReadableByScripts(response);
  }

  /** Every response lets a browser script on any site read it, and the headers that explain it. */
  private static void assertReadableByScripts(HttpResponse<String> response) {
    assertThat(header(response, "Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(header(response, "Access-Control-Expose-Headers")).isEqualTo("X-ErrorClass, Retry-After,"
        + " RateLimit, RateLimit-Policy, Deprecation, Sunset, Link, WWW-Authenticate, ETag,"
        + " Last-Modified, Expires");
  }

  private static final String OSLO = "lat=59.9333&lon=10.7166";
  private static final String FORECAST = "locationforecast/2.0/compact?" + OSLO;

  @Test
  void okServesTheBackendsDocumentWithStableValidators() throws Exception {
    HttpResponse<String> first = get(FORECAST);
    HttpResponse<String> second = get(FORECAST);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(header(first, "Content-Type")).isEqualTo("application/json");
    assertThat(first.body()).startsWith("{\"product\":\"locationforecast\"")
        .contains("\"lat\":\"59.9333\"");
    assertThat(header(first, "Last-Modified")).isEqualTo("Mon, 01 Jun 2026 10:00:00 GMT");
    assertThat(header(first, "Expires")).isEqualTo("Mon, 01 Jun 2026 11:00:00 GMT");
    assertThat(header(first, "ETag")).matches("\"[0-9a-f]+\"").isEqualTo(header(second, "ETag"));
    assertThat(header(first, "X-ErrorClass")).isNull();
    assertReadableByScripts(first);
  }

  @Test
  void theCurrentVersionIsReachedWithAnUnderscore() throws Exception {
    HttpResponse<String> response = get("locationforecast/_/complete?" + OSLO);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"version\":\"2.0\"");
  }

  @Test
  void clientBlockedAnswersAnyBannedAgentWith403() throws Exception {
    HttpResponse<String> response = get(FORECAST, "User-Agent", "Mozilla/5.0 BannedBot/2.1");

    assertError(response, 403, "client-blocked");
  }

  @Test
  void methodNotAllowedListsGetAndHead() throws Exception {
    HttpResponse<String> response = send("POST", FORECAST);

    assertError(response, 405, "method-not-allowed");
    assertThat(header(response, "Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void clientUnidentifiedRefusesAGenericAgentOnAStrictProduct() throws Exception {
    HttpResponse<String> response = get(FORECAST, "User-Agent", "okhttp/4.12.0");

    assertError(response, 403, "client-unidentified");
  }

  @Test
  void aLenientProductServesAnUnidentifiedClientUntilItsLowLimit() throws Exception {
    HttpResponse<String> first = get("textforecast/2.0/overview", "User-Agent", "Wget/1.21");
    int served = 1;
    HttpResponse<String> last = first;
    while (last.statusCode() == 200 && served < 20) {
      last = get("textforecast/2.0/overview", "User-Agent", "Wget/1.21");
      served++;
    }

    assertThat(first.statusCode()).isEqualTo(200);
    assertError(last, 429, "rate-limited");
    // 10 a minute for every unidentified client together; other checks may have used one or two
    assertThat(served).as("requests until throttled").isBetween(8, 11);
    assertThat(header(last, "RateLimit-Policy")).isEqualTo("\"unidentified\";q=10;w=60");
  }

  @Test
  void rateLimitedTurnsAwayTheRequestOverTheLimitWithStandardHeaders() throws Exception {
    for (int i = 0; i < RATE_LIMIT; i++) {
      assertThat(get(FORECAST).statusCode()).as("request %d", i + 1).isEqualTo(200);
    }
    HttpResponse<String> over = get(FORECAST);

    assertError(over, 429, "rate-limited");
    assertThat(header(over, "Retry-After")).isEqualTo("1");
    assertThat(header(over, "Cache-Control")).isEqualTo("no-store");
    assertThat(header(over, "RateLimit-Policy")).isEqualTo("\"default\";q=" + RATE_LIMIT + ";w=1");
    assertThat(header(over, "RateLimit")).isEqualTo("\"default\";r=0;t=1");
  }

  @Test
  void requestsTurnedAwayBeforeRateLimitedUseNoQuota() throws Exception {
    for (int i = 0; i < RATE_LIMIT + 2; i++) {
      assertError(send("POST", FORECAST), 405, "method-not-allowed");
    }
    HttpResponse<String> after = get(FORECAST);

    assertThat(after.statusCode()).as("the POSTs were never counted").isEqualTo(200);
  }

  @Test
  void productUnknownCoversProductsVersionsEndpointsAndUnsupportedAvailable() throws Exception {
    assertError(get("nosuchproduct/1.0/compact?" + OSLO), 404, "product-unknown");
    assertError(get("locationforecast/3.0/compact?" + OSLO), 404, "product-unknown");
    assertError(get("locationforecast/2.0/available"), 404, "product-unknown");
  }

  @Test
  void availableIsServedWhereTheCatalogListsIt() throws Exception {
    HttpResponse<String> response =
        get("geosatellite/1.4/available", "Authorization", "Bearer demo-satellite");

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void versionRetiredPointsToTheSuccessor() throws Exception {
    HttpResponse<String> response = get("locationforecast/1.9/compact?" + OSLO);

    assertError(response, 404, "version-retired");
    assertThat(header(response, "Link"))
        .isEqualTo("</weatherapi/locationforecast/2.0/compact>; rel=\"successor-version\"");
  }

  @Test
  void credentialsRequiredChallengesMissingAndInvalidTokens() throws Exception {
    HttpResponse<String> missing = get("geosatellite/1.4/image?area=europe");
    HttpResponse<String> invalid =
        get("geosatellite/1.4/image?area=europe", "Authorization", "Bearer guessed");

    assertError(missing, 401, "credentials-required");
    assertError(invalid, 401, "credentials-required");
    assertThat(header(missing, "WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"weatherapi\", scope=\"satellite\"");
  }

  @Test
  void accessDeniedForAValidTokenWithoutTheScope() throws Exception {
    HttpResponse<String> response =
        get("geosatellite/1.4/image?area=europe", "Authorization", "Bearer demo-basic");

    assertError(response, 403, "access-denied");
  }

  @Test
  void aTokenWithTheScopeGetsTheImage() throws Exception {
    HttpResponse<String> response =
        get("geosatellite/1.4/image?area=europe", "Authorization", "Bearer demo-satellite");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"area\":\"europe\"");
  }

  @Test
  void coordinatesTooPreciseRefusesFiveDecimals() throws Exception {
    HttpResponse<String> response = get("locationforecast/2.0/compact?lat=59.93337&lon=10.7166",
        "Accept", "application/problem+json");

    assertError(response, 403, "coordinates-too-precise");
    assertThat(response.body()).contains("\"parameter\":\"lat\"", "\"value\":\"59.93337\"");
  }

  @Test
  void parameterInvalidReportsEveryBadParameterAsJson() throws Exception {
    HttpResponse<String> response = get("sunrise/3.0/sun?lat=59.9&lon=10.7&date=2026-13-01&offset=+16:00",
        "Accept", "application/json");

    assertError(response, 400, "parameter-invalid");
    assertThat(header(response, "Content-Type")).isEqualTo("application/problem+json;charset=utf-8");
    assertThat(response.body()).contains("\"status\":400", "\"parameter\":\"date\"", "\"parameter\":\"offset\"");
  }

  @Test
  void parameterInvalidForMissingCoordinates() throws Exception {
    HttpResponse<String> response = get("locationforecast/2.0/compact?altitude=high");

    assertError(response, 400, "parameter-invalid");
    assertThat(header(response, "Content-Type")).isEqualTo("text/html;charset=utf-8");
    assertThat(response.body()).contains("lat", "lon", "altitude");
  }

  @Test
  void outsideCoverageAnswers422OutsideTheNordicAreaAndTheSeas() throws Exception {
    assertError(get("nowcast/2.0/complete?lat=52.52&lon=13.405"), 422, "outside-coverage");
    assertError(get("oceanforecast/2.0/complete?lat=40.4168&lon=-3.7038"), 422, "outside-coverage");
    assertThat(get("nowcast/2.0/complete?lat=59.3293&lon=18.0686").statusCode()).isEqualTo(200);
    assertThat(get("oceanforecast/2.0/complete?lat=60.0&lon=3.0").statusCode()).isEqualTo(200);
  }

  @Test
  void internalErrorNeverShowsTheException() throws Exception {
    HttpResponse<String> response = get(FORECAST, "X-Demo-Outcome", "error");

    assertError(response, 500, "internal-error");
    assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
    assertThat(response.body()).doesNotContain("simulated fault", "IllegalStateException");
  }

  @Test
  void backendOutcomesMapToTheirServerErrors() throws Exception {
    assertError(get(FORECAST, "X-Demo-Outcome", "timeout"), 504, "backend-timeout");
    assertError(get(FORECAST, "X-Demo-Outcome", "failed"), 502, "backend-failed");
    HttpResponse<String> unavailable = get(FORECAST, "X-Demo-Outcome", "unavailable");
    assertError(unavailable, 503, "backend-unavailable");
    assertThat(header(unavailable, "Retry-After")).isEqualTo("120");
  }

  @Test
  void theNowcastTeamsOutcomesAreAnsweredByItsRows() throws Exception {
    String oslo = "nowcast/2.0/complete?lat=59.9139&lon=10.7522";
    HttpResponse<String> down = get(oslo, "X-Demo-Outcome", "radar-site-down");
    assertError(down, 503, "radar-site-down");
    assertThat(header(down, "Retry-After")).isEqualTo("600");
    assertThat(header(down, "Cache-Control")).isEqualTo("no-store");

    HttpResponse<String> complete = get(oslo);
    HttpResponse<String> degraded = get(oslo, "X-Demo-Outcome", "radar-degraded");
    assertThat(degraded.statusCode()).isEqualTo(200);
    assertThat(degraded.body()).contains("\"radar_coverage\":\"temporarily unavailable\"");
    assertThat(header(degraded, "ETag")).isNull();
    assertThat(header(degraded, "Last-Modified")).isNull();
    // a client holding the complete document is not told that the degraded one is the same
    HttpResponse<String> revalidated = get(oslo, "X-Demo-Outcome", "radar-degraded",
        "If-None-Match", header(complete, "ETag"));
    assertThat(revalidated.statusCode()).isEqualTo(200);
    assertThat(revalidated.body()).contains("radar_coverage");
  }

  @Test
  void noDataIs404UnlessEmptyIsMeaningfulForTheProduct() throws Exception {
    assertError(get(FORECAST, "X-Demo-Outcome", "no-data"), 404, "no-data");
    assertError(get(FORECAST, "X-Demo-Outcome", "empty"), 404, "no-data");
    HttpResponse<String> empty = get("textforecast/2.0/overview", "X-Demo-Outcome", "empty");
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(empty.body()).contains("\"data\":[]");
  }

  @Test
  void notModifiedForAMatchingEntityTagOrDateWithoutABody() throws Exception {
    HttpResponse<String> fresh = get(FORECAST);
    HttpResponse<String> byTag = get(FORECAST, "If-None-Match", header(fresh, "ETag"));
    HttpResponse<String> byDate = get(FORECAST, "If-Modified-Since", header(fresh, "Last-Modified"));
    HttpResponse<String> otherTag = get(FORECAST, "If-None-Match", "\"something-else\"");

    assertThat(byTag.statusCode()).isEqualTo(304);
    assertThat(byTag.body()).isEmpty();
    assertThat(header(byTag, "ETag")).isEqualTo(header(fresh, "ETag"));
    assertThat(header(byTag, "Expires")).isEqualTo(header(fresh, "Expires"));
    assertThat(header(byTag, "Last-Modified")).isEqualTo(header(fresh, "Last-Modified")).isNotNull();
    assertReadableByScripts(byTag);
    assertThat(byDate.statusCode()).isEqualTo(304);
    assertThat(otherTag.statusCode()).isEqualTo(200);
  }

  @Test
  void versionDeprecatedServesDataWith203AndSunsetHeaders() throws Exception {
    HttpResponse<String> response = get("sunrise/2.0/sun?lat=59.9&lon=10.7&date=2026-06-01");

    assertThat(response.statusCode()).isEqualTo(203);
    assertThat(response.body()).contains("\"product\":\"sunrise\"");
    assertThat(header(response, "Sunset")).isEqualTo("Wed, 30 Jun 2027 00:00:00 GMT");
    assertThat(header(response, "Deprecation")).isEqualTo("@1772323200");
    assertThat(header(response, "Link")).isEqualTo("</weatherapi/sunrise/3.0/sun>; rel=\"successor-version\"");
  }

  @Test
  void versionBetaServes203EvenToAConditionalRequest() throws Exception {
    HttpResponse<String> fresh = get("sunrise/3.0/moon?lat=59.9&lon=10.7&date=2026-06-01");
    HttpResponse<String> again = get("sunrise/3.0/moon?lat=59.9&lon=10.7&date=2026-06-01",
        "If-None-Match", header(fresh, "ETag"));

    assertThat(fresh.statusCode()).isEqualTo(203);
    assertThat(again.statusCode()).isEqualTo(203);
    assertThat(again.body()).isEqualTo(fresh.body()).isNotEmpty();
  }

  @Test
  void headGetsTheHeadersOfGetAndNoBody() throws Exception {
    HttpResponse<String> get = get(FORECAST);
    HttpResponse<String> head = send("HEAD", FORECAST);
    HttpResponse<String> headError = send("HEAD", "locationforecast/1.9/compact?" + OSLO);

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    for (String name : List.of("ETag", "Last-Modified", "Expires", "Content-Type",
        "Access-Control-Allow-Origin", "Access-Control-Expose-Headers")) {
      assertThat(header(head, name)).as(name).isEqualTo(header(get, name));
    }
    assertThat(headError.statusCode()).isEqualTo(404);
    assertThat(headError.body()).isEmpty();
  }

  @Test
  void errorBodiesFollowAccept() throws Exception {
    HttpResponse<String> plain = get("locationforecast/1.9/compact?" + OSLO, "Accept", "text/plain");
    HttpResponse<String> html = get("locationforecast/1.9/compact?" + OSLO);

    assertThat(header(plain, "Content-Type")).isEqualTo("text/plain;charset=utf-8");
    assertThat(header(html, "Content-Type")).isEqualTo("text/html;charset=utf-8");
    assertThat(html.body()).contains("<!DOCTYPE html>", "404");
    assertThat(header(plain, "Vary")).isEqualTo("Accept");
  }

  @Test
  void anUnknownDemoOutcomeIsA400ThatNamesTheHeaderTheValueAndTheAllowedValues() throws Exception {
    HttpResponse<String> response = get(FORECAST, "X-Demo-Outcome", "sunny<b>",
        "Accept", "application/problem+json");
    HttpResponse<String> html = get(FORECAST, "X-Demo-Outcome", "sunny<b>");

    assertError(response, 400, "demo-outcome-unknown");
    assertThat(response.body()).contains("\"parameter\":\"X-Demo-Outcome\"", "sunny\\u003cb\\u003e",
        SimulatedOutcome.labels().replace("|", ", "));
    assertThat(html.body()).contains("sunny&lt;b&gt;").doesNotContain("sunny<b>");
    assertThat(get(FORECAST, "X-Demo-Outcome", "DATA").statusCode()).as("labels ignore case").isEqualTo(200);
  }

  /**
   * The slow-connection fault: 4 clients that open a connection and send part of a
   * request head stopped all service of the old server. Sixteen of them, and sixteen that send
   * nothing, must not keep another client from its answer. A hang fails on the read timeout.
   */
  @Test
  void sixteenSlowAndSixteenIdleConnectionsDoNotStopService() throws Exception {
    List<Socket> held = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        held.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
        Socket slow = new Socket(InetAddress.getLoopbackAddress(), server.port());
        held.add(slow);
        slow.getOutputStream().write("GET /weatherapi/ HTTP/1.1\r\nHost: localhost\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        slow.getOutputStream().flush();
      }
      try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
        client.setSoTimeout(10_000);
        client.getOutputStream().write(("GET /weatherapi/" + FORECAST + " HTTP/1.1\r\n"
            + "Host: localhost\r\nUser-Agent: " + agent + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
        String statusLine = new BufferedReader(new InputStreamReader(client.getInputStream(),
            StandardCharsets.ISO_8859_1)).readLine();

        assertThat(statusLine).as("the answer to a client behind 32 stalled connections")
            .startsWith("HTTP/1.1 200 ");
      }
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
  }

  @Test
  void clientClosedRequestIsLoggedAndNothingIsSent() throws Exception {
    assertThatThrownBy(() -> get(FORECAST, "X-Demo-Outcome", "closed")).isInstanceOf(IOException.class);

    assertThat(log).anySatisfy(line -> assertThat(line)
        .contains("499 client-closed-request", "(nothing sent)"));
  }
}
