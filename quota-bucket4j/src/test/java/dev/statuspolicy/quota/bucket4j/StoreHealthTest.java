package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The store's health log on a clock moved by hand: a flapping store does not flood it. */
class StoreHealthTest {

  private static final IOException RESET = new IOException("Connection reset by peer");

  private final AtomicLong nanos = new AtomicLong();
  private final StoreHealth health = new StoreHealth("Redis", nanos::get);
  private final List<String> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(RedisQuotaCounter.class.getName());
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getLevel() + " "
          + MessageFormat.format(record.getMessage(), record.getParameters()));
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level configured;

  @BeforeEach
  void listen() {
    configured = logger.getLevel();
    // The tests' logging.properties silences the counter; this test listens to it.
    logger.setLevel(Level.INFO);
    logger.setUseParentHandlers(false);
    logger.addHandler(capture);
  }

  @AfterEach
  void stopListening() {
    logger.removeHandler(capture);
    logger.setLevel(configured);
    logger.setUseParentHandlers(true);
  }

  private void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Test
  void aStoreThatFailsAndCountsByTurnsLogsOnceInTenSeconds() {
    for (int i = 0; i < 50; i++) {
      health.failed(RESET);
      health.counted();
      advance(Duration.ofMillis(100));
    }

    // Five seconds of flapping: the first outage and its recovery only.
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0)).startsWith("WARNING").contains("Connection reset");
    assertThat(logged.get(1)).startsWith("INFO").contains("counting again");

    advance(Duration.ofSeconds(5));
    health.failed(RESET);

    assertThat(logged).hasSize(3);
    assertThat(logged.get(2)).startsWith("WARNING").contains("49 shorter outages");
  }

  @Test
  void aLongOutageAfterAShortOneIsLoggedOnceTheQuietTimeHasPassed() {
    health.failed(RESET);
    health.counted();
    advance(Duration.ofSeconds(1));
    health.failed(RESET);
    assertThat(logged).hasSize(2);

    advance(Duration.ofSeconds(9));
    health.failed(RESET);
    health.failed(RESET);
    health.counted();

    assertThat(logged).hasSize(4);
    assertThat(logged.get(2)).startsWith("WARNING").doesNotContain("shorter outages");
    assertThat(logged.get(3)).startsWith("INFO");
  }
}
