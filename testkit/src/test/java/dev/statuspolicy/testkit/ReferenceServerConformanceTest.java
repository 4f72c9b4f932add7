package dev.statuspolicy.testkit;

import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The suite passes on a faithful server: every check, with {@link ServerTraits#EXACT}. */
class ReferenceServerConformanceTest extends AdapterConformance {

  private static ReferenceServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new ReferenceServer(Fault.NONE);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @Override
  protected URI baseUri() {
    return server.base();
  }
}
