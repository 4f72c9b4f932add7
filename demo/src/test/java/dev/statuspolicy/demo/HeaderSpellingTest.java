package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the README says about the JDK server's header spelling is what it sends on the wire. */
class HeaderSpellingTest {

  @Test
  void theReadmeSaysTheJdkServerRewritesHeaderNamesAndThatThisCanAffectClients() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:30:00Z"), ZoneOffset.UTC);
    String head;
    try (DemoServer server = DemoServer.start(DemoServer.Engine.JDK, Main.DEFAULT_HOST, 0,
        DemoApi.weather(DemoCatalog.policy(clock, 20), clock, line -> { }))) {
      head = rawHead(server.port(), "GET /weatherapi/nowhere/1.0/x HTTP/1.1\r\nHost: localhost\r\n"
          + "User-Agent: SpellingCheck/1.0\r\nConnection: close\r\n\r\n");
    }
    assertThat(head).as("the JDK server's spelling on the wire").contains("\r\nX-errorclass: ")
        .doesNotContain("\r\nX-ErrorClass: ");

    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("(`X-errorclass`)").contains("missed it")
        .doesNotContain("clients are not affected");
  }

  private static String rawHead(int port, String request) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      byte[] buffer = new byte[4096];
      for (int read; (read = in.read(buffer)) > 0; ) {
        received.write(buffer, 0, read);
      }
      String all = received.toString(StandardCharsets.ISO_8859_1);
      int end = all.indexOf("\r\n\r\n");
      return end < 0 ? all : all.substring(0, end + 2);
    }
  }
}
