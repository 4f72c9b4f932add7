package dev.statuspolicy.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import dev.statuspolicy.testkit.RawResponse;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The handler's own API: its settings, its backend's futures, and its quota counter. */
class StatusPolicyHandlerTest {

  private static final String DATA = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";
  private static final String SECRET = "handler-test-secret";

  private static Vertx vertx;
  private VertxServer server;
  /** What the log hook was given, as it was given, with whether it ran on the event loop. */
  private final BlockingQueue<Logged> logged = new LinkedBlockingQueue<>();
  private final AtomicInteger policyCounts = new AtomicInteger();
  private final StatusPolicy policy = StatusPolicy.builder()
      .catalog(ConformanceApi.catalog())
      .clock(Clock.fixed(ConformanceApi.NOW, ZoneOffset.UTC))
      .quotaCounter(claim -> {
        policyCounts.incrementAndGet();
        return null;
      })
      .build();

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stopVertx() throws TimeoutException {
    vertx.close().await(20, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theBuilderRefusesNullNamingTheSetting() {
    VertxBackend backend = (admitted, routing) -> Future.succeededFuture(data("{}"));
    assertThatNullPointerException().isThrownBy(() -> StatusPolicyHandler.builder(null, backend))
        .withMessage("policy");
    assertThatNullPointerException().isThrownBy(() -> StatusPolicyHandler.builder(policy, null))
        .withMessage("backend");
    StatusPolicyHandler.Builder builder = StatusPolicyHandler.builder(policy, backend);
    assertThatNullPointerException().isThrownBy(() -> builder.facts(null)).withMessage("facts");
    assertThatNullPointerException().isThrownBy(() -> builder.quota(null)).withMessage("quota");
    assertThatNullPointerException().isThrownBy(() -> builder.log(null)).withMessage("log");
  }

  @Test
  void theBackendReadsTheRoutingContextAndItsDocumentIsSent() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) ->
        Future.succeededFuture(data(routing.request().getHeader("X-Host-Own")))));
    RawResponse response = VertxServer.client(server.port())
        .exchange("GET", DATA, "X-Host-Own: {\"from\":1}");
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(response.bodyAsSent()).asString(StandardCharsets.ISO_8859_1)
        .isEqualTo("{\"from\":1}");
    assertThat(response.first("Content-Length")).isEqualTo("10");
  }

  @Test
  void aFailedFutureIsA500ThatTellsNothingOfTheFailure() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) ->
        Future.failedFuture(new IllegalStateException(SECRET))));
    RawResponse response = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 500 Internal Server Error");
    assertThat(response.toString()).doesNotContain(SECRET).doesNotContain("IllegalStateException");
    assertThat(nextLogged().served().failure()).hasMessage(SECRET);
  }

  @Test
  void aFutureFailedWithATimeoutIsA504() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) ->
        Future.failedFuture(new TimeoutException(SECRET))));
    RawResponse response = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 504 Gateway Timeout");
    assertThat(response.first("X-ErrorClass")).isEqualTo("backend-timeout");
    assertThat(response.toString()).doesNotContain(SECRET);
  }

  @Test
  void aBackendThatThrowsOrReturnsNoFutureIsA500() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> {
      if (routing.request().getHeader("X-Throw") != null) {
        throw new IllegalStateException(SECRET);
      }
      return null;
    }));
    RawResponse thrown = VertxServer.client(server.port()).exchange("GET", DATA, "X-Throw: yes");
    RawResponse none = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(List.of(thrown.statusLine(), none.statusLine()))
        .containsOnly("HTTP/1.1 500 Internal Server Error");
    assertThat(thrown.toString()).doesNotContain(SECRET);
  }

  @Test
  void aFutureCompletedOnAnotherThreadIsWrittenOnTheRequestsContext() throws Exception {
    List<Boolean> completedOnEventLoop = new CopyOnWriteArrayList<>();
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> {
      Promise<Reply> reply = Promise.promise();
      // the next event-loop task runs once this one has subscribed to the future; from there
      // another thread completes it, so that its listeners run off the event loop
      routing.vertx().runOnContext(next -> CompletableFuture.runAsync(() -> {
        completedOnEventLoop.add(Context.isOnEventLoopThread());
        reply.complete(data("{\"late\":true}"));
      }));
      return reply.future();
    }));
    RawResponse response = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(response.bodyAsSent()).asString(StandardCharsets.ISO_8859_1)
        .isEqualTo("{\"late\":true}");
    assertThat(completedOnEventLoop).containsExactly(false);
    assertThat(nextLogged().onEventLoop()).isTrue();
  }

  @Test
  void theAsyncCountIsTheUsageThePolicyCompares() throws Exception {
    Quota limited = new Quota("limited", ConformanceApi.LIMITED_REQUESTS, Duration.ofHours(1));
    List<String> keys = new CopyOnWriteArrayList<>();
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> Future.succeededFuture(data("{}")))
        .quota(claim -> {
          keys.add(claim.key());
          return Future.succeededFuture(claim.usage(limited.requests() + 1, Duration.ofSeconds(30)));
        }));
    RawResponse response = VertxServer.client(server.port()).exchange("GET",
        "/weatherapi/limited/1.0/data?lat=60.1&lon=10.7");
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 429 Too Many Requests");
    assertThat(response.first("Retry-After")).isEqualTo("30");
    assertThat(keys).singleElement().asString().startsWith("limited:");
    assertThat(policyCounts).hasValue(0);
  }

  @Test
  void aCountOfNullLeavesTheCountingToThePolicysCounter() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> Future.succeededFuture(data("{}")))
        .quota(claim -> Future.succeededFuture(null)));
    RawResponse response = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    assertThat(policyCounts).hasValue(1);
  }

  @Test
  void aFailedCountIsA500AndTheBackendIsNeverCalled() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    AtomicInteger counts = new AtomicInteger();
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> {
      fetched.incrementAndGet();
      return Future.succeededFuture(data("{}"));
    }).quota(claim -> {
      if (counts.incrementAndGet() > 1) {
        throw new IllegalStateException(SECRET);
      }
      // a timed-out count is the counter's failure, not the backend's: 500, not 504
      return Future.failedFuture(new TimeoutException(SECRET));
    }));
    RawResponse failed = VertxServer.client(server.port()).exchange("GET", DATA);
    RawResponse thrown = VertxServer.client(server.port()).exchange("GET", DATA);
    assertThat(List.of(failed.statusLine(), thrown.statusLine()))
        .containsOnly("HTTP/1.1 500 Internal Server Error");
    assertThat(failed.toString() + thrown).doesNotContain(SECRET);
    assertThat(fetched).hasValue(0);
    assertThat(nextLogged().served().failure()).hasRootCauseMessage(SECRET);
    assertThat(nextLogged().served().failure()).hasRootCauseMessage(SECRET);
  }

  @Test
  void aCountWhoseStoreIsDownLeavesTheDecisionToThePolicysQuotaOutage() throws Exception {
    AtomicInteger fetched = new AtomicInteger();
    StatusPolicy closed = StatusPolicy.builder()
        .catalog(ConformanceApi.catalog())
        .clock(Clock.fixed(ConformanceApi.NOW, ZoneOffset.UTC))
        .quotaOutage(QuotaOutage.failClosed(Duration.ofSeconds(4)))
        .build();
    for (StatusPolicy each : List.of(policy, closed)) {
      server = VertxServer.on(vertx, each, StatusPolicyHandler.builder(each, (admitted, routing) -> {
        fetched.incrementAndGet();
        return Future.succeededFuture(data("{}"));
      }).quota(claim -> Future.failedFuture(new CompletionException(new QuotaUnavailableException(SECRET))))
          .log(one -> logged.add(new Logged(one, Context.isOnEventLoopThread()))).build());
      RawResponse response = VertxServer.client(server.port()).exchange("GET", DATA);
      Served served = nextLogged().served();
      assertThat(served.quotaUnknown()).isTrue();
      assertThat(response.toString()).doesNotContain(SECRET);
      if (each == policy) {
        // fail-open, the default: admitted, the backend called, the policy's counter not asked
        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
        assertThat(policyCounts).hasValue(0);
      } else {
        assertThat(response.statusLine()).isEqualTo("HTTP/1.1 503 Service Unavailable");
        assertThat(response.first("Retry-After")).isEqualTo("4");
        assertThat(response.first("X-ErrorClass")).isEqualTo("quota-unknown");
        assertThat(fetched).hasValue(1);
        return;
      }
      server.close();
    }
    throw new AssertionError("both policies are tried");
  }

  @Test
  void theLogHookRunsOnTheEventLoopOnceTheResponseIsWritten() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> Future.succeededFuture(data("{}"))));
    RawResponse response = VertxServer.client(server.port()).exchange("POST", DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 405 Method Not Allowed");
    Logged entry = nextLogged();
    assertThat(entry.served().logLine()).isEqualTo("POST " + DATA + " -> 405 method-not-allowed");
    assertThat(entry.onEventLoop()).isTrue();
  }

  @Test
  void anAbsoluteFormTargetReachesThePolicyAsItsPathAndQuery() throws Exception {
    serve(StatusPolicyHandler.builder(policy, (admitted, routing) -> Future.succeededFuture(data("{}"))));
    RawResponse response = VertxServer.client(server.port())
        .exchange("GET", "http://127.0.0.1" + DATA);
    assertThat(response.statusLine()).isEqualTo("HTTP/1.1 200 OK");
    Served one = nextLogged().served();
    assertThat(one.facts().path()).isEqualTo("/weatherapi/conformance/1.0/data");
    assertThat(one.facts().query()).isEqualTo("lat=60.1&lon=10.7");
  }

  private void serve(StatusPolicyHandler.Builder handler) {
    server = VertxServer.on(vertx, policy, handler.log(one ->
        logged.add(new Logged(one, Context.isOnEventLoopThread()))).build());
  }

  /** The next log entry; it comes once the response is written, so maybe after the client read it. */
  private Logged nextLogged() throws InterruptedException {
    Logged next = logged.poll(RawHttpClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    assertThat(next).as("the log hook's entry").isNotNull();
    return next;
  }

  private record Logged(Served served, boolean onEventLoop) {}

  private static Reply data(String json) {
    return Reply.data(ConformanceApi.VALIDATORS,
        Content.of("application/json", json.getBytes(StandardCharsets.UTF_8)));
  }
}
