package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Regression: the old demo listened on every interface; a port alone means the loopback. */
class HardenedHttpServerTest {

  @Test
  void aPortAloneBindsTheLoopbackAddress() throws IOException {
    try (HardenedHttpServer server = HardenedHttpServer.start(0, ConformanceServer.handler())) {
      assertThat(server.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
      assertThat(server.port()).isPositive();
    }
  }

  @Test
  void aHandlerMadeFromTheBoundAddressKnowsThePortTheSystemChose() throws Exception {
    java.util.concurrent.atomic.AtomicReference<java.net.InetSocketAddress> seen =
        new java.util.concurrent.atomic.AtomicReference<>();
    try (HardenedHttpServer server = HardenedHttpServer.startBound(
        new java.net.InetSocketAddress("127.0.0.1", 0), bound -> {
          seen.set(bound);
          return exchange -> {
            byte[] body = ("at " + bound.getPort()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          };
        }, ServerSettings.defaults())) {
      assertThat(seen.get().getPort()).isEqualTo(server.port()).isPositive();
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(
              "http://127.0.0.1:" + server.port() + "/")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo("at " + server.port());
    }
  }

  @Test
  void aHandlerThatCannotBeMadeLeavesThePortFree() throws Exception {
    java.net.InetSocketAddress address;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      address = new java.net.InetSocketAddress("127.0.0.1", probe.getLocalPort());
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HardenedHttpServer.startBound(address,
        bound -> {
          throw new IllegalStateException("no handler");
        }, ServerSettings.defaults())).hasMessage("no handler");
    try (HardenedHttpServer again = HardenedHttpServer.start(address, ConformanceServer.handler(),
        ServerSettings.defaults())) {
      assertThat(again.port()).isEqualTo(address.getPort());
    }
  }
}
