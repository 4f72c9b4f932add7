package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.testkit.RawHttpClient;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request body the policy never reads (a POST, answered 405) is drained when the exchange
 * ends, so the connection stays open for the next request instead of being closed by the JDK's
 * server for unread input.
 */
class KeepAliveTest {

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
  void anUnreadRequestBodyDoesNotCostTheConnection() throws IOException {
    try (Socket socket = ConformanceServer.client(server.port()).open()) {
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String target = "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7";
      out.write(("POST " + target + " HTTP/1.1\r\nHost: x\r\nUser-Agent: " + ConformanceServer.AGENT
          + "\r\nContent-Length: 5\r\n\r\nhello").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      assertThat(RawHttpClient.readResponse(in, "POST").head()).startsWith("HTTP/1.1 405");
      out.write(("GET " + target + " HTTP/1.1\r\nHost: x\r\nUser-Agent: " + ConformanceServer.AGENT
          + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      assertThat(RawHttpClient.readResponse(in, "GET").head()).startsWith("HTTP/1.1 200");
    }
  }
}
