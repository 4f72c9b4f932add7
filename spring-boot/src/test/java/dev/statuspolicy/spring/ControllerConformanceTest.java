package dev.statuspolicy.spring;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit against the starter with a controller as the backend: every admitted
 * request goes through Spring MVC, its {@code ResponseEntity} validators and its exceptions. Run
 * again on Boot 4.0 by {@code examples/spring-boot4-conformance}.
 */
class ControllerConformanceTest extends AdapterConformance {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(ControllerConformanceApplication.class, RunningApp.WITHOUT_SECURITY);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  protected URI baseUri() {
    return app.uri();
  }

  @Override
  protected ServerTraits traits() {
    return ServerTraits.TOMCAT_11;
  }
}
