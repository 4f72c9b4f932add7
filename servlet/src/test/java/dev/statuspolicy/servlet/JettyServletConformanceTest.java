package dev.statuspolicy.servlet;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conformance kit against {@link StatusPolicyServlet} on embedded Jetty. */
class JettyServletConformanceTest extends AdapterConformance {

  private static JettyContainer server;

  @BeforeAll
  static void start() throws Exception {
    server = JettyContainer.withServlet(ConformanceAdapters.servlet());
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
