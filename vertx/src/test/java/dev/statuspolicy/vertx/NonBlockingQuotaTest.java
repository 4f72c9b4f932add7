package dev.statuspolicy.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import dev.statuspolicy.testkit.RawResponse;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.VertxOptions;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Counting the quota never blocks the event loop: while the first request's count is pending,
 * a second request on the same (single) event loop is answered, and Vert.x's blocked-thread
 * checker never reports the loop. A handler that waited for the count on the loop would leave
 * the second request unanswered until the read times out, and be reported by the checker, whose
 * limit (2 s) is far below that time and far above a cold start's first request.
 */
class NonBlockingQuotaTest {

  /** The logger Vert.x's blocked-thread checker warns on (Vert.x logs through JUL here). */
  private static final String CHECKER = "io.vertx.core.impl.BlockedThreadChecker";
  private static final String DATA = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";

  private final Logger checker = Logger.getLogger(CHECKER);
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      warnings.add(record.getMessage());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeEach
  void listen() {
    checker.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    checker.removeHandler(capture);
  }

  @Test
  void aSecondRequestIsAnsweredWhileTheFirstOnesCountIsPending() throws Exception {
    Promise<QuotaUsage> firstCount = Promise.promise();
    CountDownLatch firstCounting = new CountDownLatch(1);
    AtomicInteger counts = new AtomicInteger();
    StatusPolicy policy = ConformanceApi.policy();
    StatusPolicyHandler handler = StatusPolicyHandler.builder(policy, (admitted, routing) ->
            Future.succeededFuture(Reply.data(ConformanceApi.VALIDATORS,
                Content.of("application/json", "{}".getBytes(StandardCharsets.UTF_8)))))
        .quota(claim -> {
          if (counts.incrementAndGet() == 1) {
            firstCounting.countDown();
            return firstCount.future();
          }
          return Future.succeededFuture(claim.usage(1, claim.quota().window()));
        })
        .build();
    VertxOptions strictest = new VertxOptions()
        .setEventLoopPoolSize(1)
        .setBlockedThreadCheckInterval(100)
        .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
        .setMaxEventLoopExecuteTime(2)
        .setMaxEventLoopExecuteTimeUnit(TimeUnit.SECONDS);
    try (VertxServer server = VertxServer.start(strictest, policy, handler);
        Socket first = VertxServer.client(server.port()).open()) {
      VertxServer.client(server.port()).send(first, "GET", DATA, "Connection: close");
      CompletableFuture<RawResponse> firstResponse =
          CompletableFuture.supplyAsync(() -> read(first));
      assertThat(firstCounting.await(RawHttpClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS))
          .as("the first request is being counted").isTrue();

      RawResponse second = VertxServer.client(server.port()).exchange("GET", DATA);

      assertThat(second.statusLine()).isEqualTo("HTTP/1.1 200 OK");
      assertThat(firstCount.future().isComplete()).isFalse();
      assertThat(firstResponse).isNotDone();
      firstCount.complete(null);
      assertThat(
          firstResponse.get(RawHttpClient.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).statusLine())
          .isEqualTo("HTTP/1.1 200 OK");
    } finally {
      // a handler that waits for the count on the loop is released, so that the server stops
      firstCount.tryComplete(null);
    }
    assertThat(warnings).as("the blocked-thread checker's warnings").isEmpty();
  }

  private static RawResponse read(Socket socket) {
    try {
      return RawHttpClient.readToClose(socket.getInputStream(), "GET");
    } catch (java.io.IOException failed) {
      throw new java.io.UncheckedIOException(failed);
    }
  }
}
