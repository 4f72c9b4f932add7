package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.testkit.RedisServer;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The fixture the fault tests stand on: a real server that stops, restarts and stalls. */
class RedisServerTest {

  @Test
  void startsStopsAndStartsAgainOnTheSamePortEmpty() {
    try (RedisServer redis = RedisServer.start()) {
      redis.send("SET", "kept", "1");
      int port = redis.port();

      redis.stop();
      assertThat(redis.running()).isFalse();
      assertThatThrownBy(() -> redis.send("PING")).isInstanceOf(IllegalStateException.class);

      redis.startAgain();
      assertThat(redis.port()).isEqualTo(port);
      assertThat(redis.send("PING")).isEqualTo("+PONG");
      // No persistence: a restart loses every key.
      assertThat(redis.send("EXISTS", "kept")).isEqualTo(":0");
    }
  }

  @Test
  void aKilledServerIsDownAndStartsAgain() {
    try (RedisServer redis = RedisServer.start()) {
      redis.kill();
      assertThat(redis.running()).isFalse();
      assertThatThrownBy(() -> redis.send("PING")).isInstanceOf(IllegalStateException.class);

      redis.startAgain();
      assertThat(redis.send("PING")).isEqualTo("+PONG");
    }
  }

  @Test
  void aPausedServerAnswersNothingUntilThePauseEnds() throws Exception {
    try (RedisServer redis = RedisServer.start();
        Socket client = new Socket("127.0.0.1", redis.port())) {
      redis.pause(Duration.ofMillis(500));
      client.setSoTimeout(200);
      client.getOutputStream().write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));

      assertThatThrownBy(() -> client.getInputStream().read())
          .isInstanceOf(SocketTimeoutException.class);
      client.setSoTimeout(5000);
      assertThat(client.getInputStream().read()).isEqualTo('+');
    }
  }
}
