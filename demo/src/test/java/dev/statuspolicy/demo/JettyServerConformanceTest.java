package dev.statuspolicy.demo;

import dev.statuspolicy.host.Backend;
import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The adapter conformance suite against the demo's server on embedded Jetty, set up as {@code
 * serve} sets it up, serving the conformance API in place of the weather API.
 */
class JettyServerConformanceTest extends AdapterConformance {

  private static DemoServer server;

  @BeforeAll
  static void start() throws Exception {
    Backend backend = ConformanceApi.backend();
    server = DemoServer.start(DemoServer.Engine.JETTY, Main.DEFAULT_HOST, 0,
        new DemoApi(ConformanceApi.policy(), ConformanceApi::verdicts, headers -> backend, line -> { }));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Jetty 12 sends the reason phrases of its own table; everything else is exact. */
  @Override
  protected ServerTraits traits() {
    return ServerTraits.JETTY_12;
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
