package dev.statuspolicy.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.testkit.RawResponse;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example app, started as its {@code main} starts it but on a free port. */
class NowcastOnJavalinTest {

  @Test
  void theExampleServesItsProductThroughThePolicy() throws Exception {
    Javalin app = NowcastOnJavalin.start(0);
    try {
      RawResponse wire = PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET",
          "/weatherapi/nowcast/2.0/complete?lat=59.9333&lon=10.7166");
      assertThat(wire.code()).as(wire.toString()).isEqualTo(200);
      assertThat(wire.values("Content-Type")).containsExactly("application/json");
      assertThat(new String(wire.bodyAsSent(), StandardCharsets.UTF_8))
          .isEqualTo(NowcastOnJavalin.DOCUMENT);
    } finally {
      app.stop();
    }
  }
}
