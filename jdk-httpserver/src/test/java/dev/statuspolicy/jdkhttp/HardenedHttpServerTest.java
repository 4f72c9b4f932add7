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
}
