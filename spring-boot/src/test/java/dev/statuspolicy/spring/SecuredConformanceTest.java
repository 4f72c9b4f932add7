package dev.statuspolicy.spring;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit against the starter behind Spring Security's filter chain, the
 * credentials verdict coming from Security's authentication.
 */
class SecuredConformanceTest extends AdapterConformance {

  private static RunningApp app;

  @BeforeAll
  static void start() {
    app = RunningApp.start(SecuredApplication.class);
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
