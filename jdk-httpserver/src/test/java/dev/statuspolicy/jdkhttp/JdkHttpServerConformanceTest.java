package dev.statuspolicy.jdkhttp;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The kit's suite against the handler on the hardened JDK server, with {@link
 * ServerTraits#JDK_HTTPSERVER}: the JDK re-spells and reorders header names, drops some reason
 * phrases, and answers a query with a malformed {@code %} escape with its own 400 before any
 * handler exists (it parses the target as a {@link java.net.URI}); {@code JdkServerQuirksTest}
 * pins each of these.
 */
class JdkHttpServerConformanceTest extends AdapterConformance {

  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = HardenedHttpServer.start(0, ConformanceServer.handler());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Override
  protected URI baseUri() {
    return ConformanceServer.base(server);
  }

  @Override
  protected ServerTraits traits() {
    return ServerTraits.JDK_HTTPSERVER;
  }
}
