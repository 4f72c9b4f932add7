package dev.statuspolicy.spring;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit against the starter in a Spring Boot application on Tomcat: Boot 3.5 on
 * Tomcat 10.1 here, Boot 4.0 on Tomcat 11 in {@code examples/spring-boot4-conformance}, which runs
 * this class again from the test jar.
 */
class SpringBootConformanceTest extends AdapterConformance {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(ConformanceApplication.class, RunningApp.WITHOUT_SECURITY);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  protected URI baseUri() {
    return app.uri();
  }

  /**
   * Tomcat 10.1 as Tomcat 11, measured: it writes {@code Content-Type} after the other headers
   * and sends no reason phrase; spelling and malformed queries pass as sent.
   */
  @Override
  protected ServerTraits traits() {
    return ServerTraits.TOMCAT_11;
  }
}
