package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A client that never finishes its request head is cut off by the server, so it holds a thread
 * for the request timeout at most. Without the JDK's {@code maxReqTime} it would hold one for as
 * long as it likes, and this read would end only at the test's own timeout.
 */
class RequestTimeoutTest {

  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = ConformanceServer.start(
        ServerSettings.defaults().withRequestTimeout(Duration.ofSeconds(1)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aHalfSentRequestHeadIsClosedByTheServer() throws IOException {
    try (Socket socket = ConformanceServer.client(server.port()).open()) {
      socket.getOutputStream().write("GET /weatherapi/conformance/1.0/data HTTP/1.1\r\nHost: x\r\n"
          .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      // the end of the stream, well before the read timeout, when the server hangs up
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
    }
  }
}
