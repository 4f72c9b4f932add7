package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.testkit.RawResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression: four slow connections stopped the old demo, whose JDK server read request heads on
 * a pool of four threads with no time limit. Sixteen idle connections must not stop this one.
 */
class IdleConnectionsTest {

  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = HardenedHttpServer.start(0, ConformanceServer.handler());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sixteenIdleConnectionsDoNotStopService() throws IOException {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket socket = ConformanceServer.client(server.port()).open();
        idle.add(socket);
        if (i % 2 == 0) {
          // half a request head: the server's thread waits for the rest
          socket.getOutputStream().write(("GET /weatherapi/conformance/1.0/data?lat=60.1&lon=10.7"
              + " HTTP/1.1\r\nHost: 127.0.0.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
          socket.getOutputStream().flush();
        }
      }
      // the seventeenth client; a stopped server makes this read time out
      RawResponse response = ConformanceServer.client(server.port()).exchange("GET",
          "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7");
      assertThat(response.toString()).startsWith("HTTP/1.1 200");
    } finally {
      for (Socket socket : idle) {
        socket.close();
      }
    }
  }
}
