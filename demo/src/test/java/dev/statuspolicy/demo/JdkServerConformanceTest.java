package dev.statuspolicy.demo;

import dev.statuspolicy.host.Backend;
import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The adapter conformance suite against the demo's server on the {@code jdk-httpserver} module,
 * set up as {@code serve --server jdk} sets it up, serving the conformance API in place of the
 * weather API.
 */
class JdkServerConformanceTest extends AdapterConformance {

  private static DemoServer server;

  @BeforeAll
  static void start() throws Exception {
    Backend backend = ConformanceApi.backend();
    server = DemoServer.start(DemoServer.Engine.JDK, Main.DEFAULT_HOST, 0,
        new DemoApi(ConformanceApi.policy(), ConformanceApi::verdicts, headers -> backend, line -> { }));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The JDK's server re-spells and reorders headers, picks reasons, and refuses bad escapes. */
  @Override
  protected ServerTraits traits() {
    return ServerTraits.JDK_HTTPSERVER;
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
