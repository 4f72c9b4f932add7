package dev.statuspolicy.servlet;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The conformance kit against {@link StatusPolicyFilter} on embedded Tomcat. */
class TomcatFilterConformanceTest extends AdapterConformance {

  private static TomcatContainer server;

  @BeforeAll
  static void start() throws Exception {
    server = TomcatContainer.withFilter(ConformanceAdapters.filter());
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
    return ConformanceAdapters.TOMCAT;
  }
}
