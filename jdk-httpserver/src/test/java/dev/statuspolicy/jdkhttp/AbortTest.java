package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A 499 sends nothing and leaves the server whole. Closing the exchange alone (as the old demo
 * did) closes the socket but leaves the connection in the JDK server's books, where it counts
 * against {@code jdk.httpserver.maxConnections} for ever: after as many 499s as the limit, the
 * server would refuse every client.
 */
class AbortTest {

  private static final int MAX_CONNECTIONS = 4;
  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ConformanceServer.start(
        ServerSettings.defaults().withMaxConnections(MAX_CONNECTIONS));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void abortsSendNothingAndDoNotUseUpTheConnectionLimit() throws IOException {
    for (int i = 0; i < 3 * MAX_CONNECTIONS; i++) {
      assertThat(ConformanceServer.client(server.port()).exchange("GET",
          "/weatherapi/conformance/1.0/closed?lat=60.1&lon=10.7").received()).isEmpty();
    }
    assertThat(ConformanceServer.client(server.port()).exchange("GET",
        "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7").toString())
            .startsWith("HTTP/1.1 200");
  }
}
