package dev.statuspolicy.servlet;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conformance kit against {@link StatusPolicyFilter} on embedded Jetty. */
class JettyFilterConformanceTest extends AdapterConformance {

  private static JettyContainer server;

  @BeforeAll
  static void start() throws Exception {
    server = JettyContainer.withFilter(ConformanceAdapters.filter());
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Override
  protected URI baseUri() {
    return server.uri();
  }

  @Override
  protected ServerTraits traits() {
    return ConformanceAdapters.JETTY;
  }
}
