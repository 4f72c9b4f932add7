package dev.statuspolicy.vertx.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The example app, started as its {@code main} starts it, on a free port, asked once. */
class WeatherAppTest {

  @Test
  void theAppServesAForecastThroughThePolicy() throws Exception {
    Vertx vertx = Vertx.vertx();
    BlockingQueue<String> accessLog = new LinkedBlockingQueue<>();
    try {
      HttpServer server = WeatherApp.start(vertx, 0, accessLog::add).await(20, TimeUnit.SECONDS);
      String target = "/weatherapi/nowcast/2.0/complete?lat=59.9&lon=10.7";
      String response = get(server.actualPort(), target);
      assertThat(response).startsWith("HTTP/1.1 200 OK\r\n")
          .contains("\r\nContent-Type: application/json\r\n")
          .endsWith("\r\n\r\n{\"lat\":59.9,\"lon\":10.7,\"air_temperature\":12.5}");
      // the entry comes once the response is written, so maybe after the client read it
      assertThat(accessLog.poll(20, TimeUnit.SECONDS)).isEqualTo("GET " + target + " -> 200 ok");
    } finally {
      vertx.close().await(20, TimeUnit.SECONDS);
    }
  }

  private static String get(int port, String target) throws Exception {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(20_000);
      socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "User-Agent: WeatherAppTest/1.0 test@statuspolicy.dev\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
