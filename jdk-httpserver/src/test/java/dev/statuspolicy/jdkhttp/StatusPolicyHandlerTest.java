package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import dev.statuspolicy.testkit.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the handler and its sink put on the JDK server's wire. */
class StatusPolicyHandlerTest {

  private static final String DATA = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";
  private static final List<Served> LOG = new CopyOnWriteArrayList<>();
  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    StatusPolicyHandler handler = StatusPolicyHandler.builder()
        .policy(ConformanceApi.policy())
        .backend((admitted, exchange) -> "nodata".equals(
            exchange.getRequestHeaders().getFirst("X-Demo-Outcome"))
                ? Reply.of(Outcome.noData()) : ConformanceApi.backend().fetch(admitted))
        .facts((exchange, facts) ->
            ConformanceApi.verdicts(ConformanceServer.headers(exchange), facts))
        .log(LOG::add)
        .build();
    server = HardenedHttpServer.start(0, handler);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RawResponse send(String method, String target, String... headers)
      throws IOException {
    return ConformanceServer.client(server.port()).exchange(method, target, headers);
  }

  /**
   * Waits for a log entry: the hook runs after the response is written, so the client may read
   * the response first. Only a hook that is never called reaches the bound.
   */
  private static Served logged(Predicate<Served> wanted) throws InterruptedException {
    long bound = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RawHttpClient.TIMEOUT_MILLIS);
    while (System.nanoTime() < bound) {
      for (Served served : LOG) {
        if (wanted.test(served)) {
          return served;
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("the log hook was not given the exchange");
  }

  @Test
  void aBodyGoesWithItsLengthAndWithoutChunks() throws IOException {
    RawResponse get = send("GET", DATA);
    assertThat(get.head()).startsWith("HTTP/1.1 200");
    assertThat(get.first("Content-Length"))
        .isEqualTo(Integer.toString(get.bodyAsSent().length));
    assertThat(get.first("Transfer-Encoding")).isNull();
    assertThat(get.first("Content-Type")).isEqualTo(ConformanceApi.DATA_TYPE);
  }

  @Test
  void headCarriesTheLengthGetSends() throws IOException {
    RawResponse get = send("GET", DATA);
    RawResponse head = send("HEAD", DATA);
    assertThat(head.head()).startsWith("HTTP/1.1 200");
    assertThat(head.first("Content-Length")).isEqualTo(get.first("Content-Length"));
    assertThat(head.first("Content-Type")).isEqualTo(ConformanceApi.DATA_TYPE);
    assertThat(head.bodyAsSent()).asString(StandardCharsets.ISO_8859_1).isEmpty();
  }

  @Test
  void headOfAnErrorCarriesNoLength() throws IOException {
    RawResponse head = send("HEAD", "/weatherapi/nosuch/1.0/data?lat=60.1&lon=10.7");
    assertThat(head.head()).startsWith("HTTP/1.1 404");
    assertThat(head.first("Content-Length")).isNull();
    assertThat(head.first("Transfer-Encoding")).isNull();
    assertThat(head.bodyAsSent()).asString(StandardCharsets.ISO_8859_1).isEmpty();
  }

  @Test
  void notModifiedCarriesNoLengthAndNoBody() throws IOException {
    for (String method : List.of("GET", "HEAD")) {
      RawResponse response = send(method, DATA, "If-None-Match: " + ConformanceApi.ETAG);
      assertThat(response.head()).startsWith("HTTP/1.1 304");
      assertThat(response.first("Content-Length")).isNull();
      assertThat(response.first("Transfer-Encoding")).isNull();
      assertThat(response.bodyAsSent()).asString(StandardCharsets.ISO_8859_1).isEmpty();
    }
  }

  @Test
  void clientGoneSendsNothing() throws IOException {
    RawResponse response = send("GET", "/weatherapi/conformance/1.0/closed?lat=60.1&lon=10.7");
    assertThat(response.received()).isEmpty();
  }

  @Test
  void theExchangeBackendReadsAHeaderThePolicyDoesNot() throws IOException {
    assertThat(send("GET", DATA, "X-Demo-Outcome: nodata").head()).startsWith("HTTP/1.1 404");
    assertThat(send("GET", DATA).head()).startsWith("HTTP/1.1 200");
  }

  @Test
  void theFactsCarryTheRawTargetAndTheTransport() throws IOException, InterruptedException {
    String target = "/weatherapi/conformance/1.0/data?l%61t=60.1&lon=+10.7";
    send("GET", target);
    Served served = logged(logged -> logged.facts().query().equals("l%61t=60.1&lon=+10.7"));
    assertThat(served.facts().path()).isEqualTo("/weatherapi/conformance/1.0/data");
    assertThat(served.facts().transport()).isEqualTo(Transport.HTTP);
  }

  @Test
  void theFactsHookAddsTheHostsVerdicts() throws IOException {
    RawResponse response = send("GET", DATA.replace("conformance", "restricted"),
        "Authorization: Bearer " + ConformanceApi.SCOPED_TOKEN);
    assertThat(response.head()).startsWith("HTTP/1.1 200");
  }

  @Test
  void theLogHookSeesEveryExchangeAThrowingBackendIncluded()
      throws IOException, InterruptedException {
    RawResponse response = send("GET", "/weatherapi/conformance/1.0/throws?lat=60.1&lon=10.7");
    assertThat(response.head()).startsWith("HTTP/1.1 500");
    assertThat(response.toString()).doesNotContain("conformance-secret");
    Served served = logged(logged -> logged.facts().path().endsWith("/throws"));
    assertThat(served.failure()).hasMessageContaining("conformance-secret");
  }
}
