package dev.statuspolicy.vertx;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The kit's suite, unchanged, against the handler on a real Vert.x server, with {@link
 * ServerTraits#EXACT}: Vert.x keeps the spelling and order of the headers, and sends the
 * policy's reason phrase. The policy counts the quota with its own counter.
 */
class VertxConformanceTest extends AdapterConformance {

  private static VertxServer server;

  @BeforeAll
  static void start() {
    var policy = ConformanceApi.policy();
    server = VertxServer.start(policy,
        ConformanceServer.handler(policy, ConformanceServer.backend()).build());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected URI baseUri() {
    return server.base();
  }
}
