package dev.statuspolicy.vertx;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The kit's suite, unchanged, with the quota counted before admission by an {@link
 * AsyncQuotaCounter} that counts as the kit's counter does, and with the counter and the backend
 * completing their futures on another thread: the response still comes from the event loop,
 * exactly ({@link ServerTraits#EXACT}). The policy's own counter is never called, since every
 * request carries its usage.
 */
class AsyncQuotaConformanceTest extends AdapterConformance {

  private static final ExecutorService ELSEWHERE = Executors.newFixedThreadPool(2);
  private static VertxServer server;

  @BeforeAll
  static void start() {
    var policy = ConformanceApi.policy();
    server = VertxServer.start(policy,
        ConformanceServer.handler(policy, ConformanceServer.backendOn(ELSEWHERE))
            .quota(ConformanceServer.counterOn(ELSEWHERE))
            .build());
  }

  @AfterAll
  static void stop() {
    server.close();
    ELSEWHERE.shutdownNow();
  }

  @Override
  protected URI baseUri() {
    return server.base();
  }
}
