package dev.statuspolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without a backend bean, the application's controllers are the backend: their body is the
 * document, their exception the outcome, and nothing else they do reaches the wire.
 */
class ControllerBackendTest {

  private static final String AGENT = "controller-test/1.0 ops@example.org";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(ControllerApplication.class, RunningApp.WITHOUT_SECURITY);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theControllersBodyIsTheDocumentAndItsStatusAndHeadersStayBehind() throws Exception {
    HttpResponse<String> response = get("data");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"air_temperature\":12.5}");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.headers().firstValue("X-Controller")).isEmpty();
  }

  @Test
  void theControllersValidatorsAreThePolicys() throws Exception {
    HttpResponse<String> response = get("tagged");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("ETag")).hasValue(ControllerApplication.ETAG);
    assertThat(response.headers().firstValue("Last-Modified"))
        .hasValue(httpDate(ControllerApplication.CHANGED));
  }

  @Test
  void aFutureIfModifiedSinceIsIgnoredAsThePolicyIgnoresIt() throws Exception {
    // Spring's ResponseEntity would answer this 304: the date is after Last-Modified
    HttpResponse<String> response = get("tagged",
        "If-Modified-Since", httpDate(Instant.now().plus(Duration.ofDays(1))));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"air_temperature\":3.5}");
  }

  @Test
  void aMatchingEntityTagIsAnsweredNotModifiedByThePolicy() throws Exception {
    HttpResponse<String> response = get("tagged", "If-None-Match", ControllerApplication.ETAG);
    assertThat(response.statusCode()).isEqualTo(304);
    assertThat(response.headers().firstValue("ETag")).hasValue(ControllerApplication.ETAG);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void headIsAnsweredWithTheLengthOfTheControllersDocument() throws Exception {
    HttpResponse<String> response = CLIENT.send(request("data")
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Length"))
        .hasValue(Integer.toString("{\"air_temperature\":12.5}".length()));
    assertThat(response.body()).isEmpty();
  }

  @Test
  void anOutcomeExceptionIsItsOutcome() throws Exception {
    HttpResponse<String> noData = get("nodata");
    assertThat(noData.statusCode()).isEqualTo(404);
    assertThat(noData.headers().firstValue("X-ErrorClass")).hasValue("no-data");
    HttpResponse<String> unavailable = get("unavailable");
    assertThat(unavailable.statusCode()).isEqualTo(503);
    assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("90");
  }

  @Test
  void aTimeoutExceptionIsATimeout() throws Exception {
    HttpResponse<String> response = get("timeout");
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).doesNotContain("controller-secret");
  }

  @Test
  void anyOtherExceptionIsAnInternalErrorThatTellsNothing() throws Exception {
    HttpResponse<String> response = get("throws");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("X-ErrorClass")).hasValue("internal-error");
    assertThat(response.body()).doesNotContain("controller-secret");
  }

  @Test
  void anErrorSpringAnsweredItselfIsAnInternalErrorNotItsErrorPage() throws Exception {
    HttpResponse<String> response = get("teapot");
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.headers().firstValue("X-ErrorClass")).hasValue("internal-error");
    assertThat(response.body()).doesNotContain("controller-secret").doesNotContain("teapot");
  }

  private static HttpResponse<String> get(String endpoint, String... headers) throws Exception {
    HttpRequest.Builder request = request(endpoint);
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String endpoint) {
    return HttpRequest.newBuilder(URI.create(
        app.uri() + "/weatherapi/forecast/1.0/" + endpoint + "?lat=59.9&lon=10.7"))
        .header("User-Agent", AGENT);
  }

  /** An IMF-fixdate (RFC 9110 section 5.6.7), the only form the policy sends. */
  private static String httpDate(Instant instant) {
    return DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
        .format(instant.atZone(ZoneOffset.UTC));
  }
}
