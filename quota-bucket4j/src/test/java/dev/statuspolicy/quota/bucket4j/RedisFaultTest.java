package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.testkit.RedisServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code redis-server} stopped, stalled and restarted under a counter with the default
 * 50 ms timeout. Every count either counts or throws {@link QuotaUnavailableException}. The
 * times are printed, not asserted: they depend on the machine. The only time bound asserted is
 * a generous five seconds against a hang, a hundred times the timeout, which no loaded CI
 * machine reaches unless a call really waits for Redis.
 */
class RedisFaultTest {

  private static final Duration NO_HANG = Duration.ofSeconds(5);
  private static final Quota QUOTA = Quota.perSecond("app", 20);

  private final QuotaClaim claim = new QuotaClaim(QUOTA, "acme");
  private RedisServer redis;
  private RedisQuotaCounter counter;

  @BeforeEach
  void start() {
    redis = RedisServer.start();
    counter = RedisQuotaCounter.builder(redis.uri()).build();
    warmUp(counter);
  }

  /**
   * Counts a throwaway application until one count is made: the first count of a JVM loads
   * Bucket4j's and Lettuce's classes and may take longer than 50 ms on a loaded machine, and the
   * tests below assert what a warm counter answers.
   */
  static void warmUp(RedisQuotaCounter counter) {
    QuotaClaim throwaway = new QuotaClaim(QUOTA, "warm-up");
    for (int attempt = 1; ; attempt++) {
      try {
        counter.count(throwaway);
        return;
      } catch (QuotaUnavailableException slow) {
        if (attempt == 100) {
          throw slow;
        }
        sleepBriefly();
      }
    }
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Redis", e);
    }
  }

  @AfterEach
  void stop() {
    counter.close();
    redis.close();
  }

  @Test
  void aStoppedRedisFailsEveryCountFastWithQuotaUnavailable() {
    assertThat(counter.count(claim).requests()).isEqualTo(1);
    redis.stop();

    assertTimeoutPreemptively(NO_HANG, () -> {
      long started = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        assertThatThrownBy(() -> counter.count(claim)).isInstanceOf(QuotaUnavailableException.class);
      }
      report("stopped Redis (connection refused): time to decide", started, 200);
    });
  }

  @Test
  void aContendedBucketCountsOrReportsQuotaUnavailableAndNothingElse() throws Exception {
    // Two nodes, six threads, one key, and a timeout short enough that compare-and-swap retries
    // run out of it: Bucket4j then throws its own TimeoutException, which must not become a 500.
    try (RedisQuotaCounter first = RedisQuotaCounter.builder(redis.uri())
            .timeout(Duration.ofMillis(10)).build();
        RedisQuotaCounter second = RedisQuotaCounter.builder(redis.uri())
            .timeout(Duration.ofMillis(10)).build()) {
      QuotaClaim hot = new QuotaClaim(new Quota("app", 1_000, Duration.ofSeconds(60)), "hot");
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Callable<String>> counts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
          RedisQuotaCounter node = i % 2 == 0 ? first : second;
          counts.add(() -> {
            try {
              node.count(hot);
              return "counted";
            } catch (QuotaUnavailableException unavailable) {
              return "unavailable";
            }
          });
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<String> each : pool.invokeAll(counts)) {
          // anything else is thrown here, wrapped in an ExecutionException, and fails the test
          outcomes.merge(each.get(), 1, Integer::sum);
        }
        System.out.println("contended bucket, 10 ms timeout: " + outcomes);
        assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(600);
        assertThat(outcomes).containsKey("counted");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aKilledRedisFailsTheCountsInFlightWithQuotaUnavailable() throws Exception {
    // SIGKILL resets the connection under the commands in flight, which Lettuce fails with a
    // raw IOException: each kill must end as a usage or QuotaUnavailableException, never a 500.
    QuotaClaim many = new QuotaClaim(new Quota("app", 1_000_000, Duration.ofSeconds(60)), "acme");
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger counted = new AtomicInteger();
    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> threads = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        threads.add(pool.submit(() -> {
          while (running.get()) {
            String outcome;
            try {
              counter.count(many);
              counted.incrementAndGet();
              outcome = "counted";
            } catch (QuotaUnavailableException unavailable) {
              outcome = "unavailable";
              // While Redis is down a count fails at once: do not spin on the shared cores.
              Thread.sleep(1);
            } catch (RuntimeException other) {
              outcome = other.getClass().getName() + ": " + other.getMessage();
            }
            outcomes.merge(outcome, 1, Integer::sum);
          }
          return null;
        }));
      }
      for (int kill = 0; kill < 3; kill++) {
        int before = counted.get();
        // Counts are in flight when Redis is killed; the wait is bounded by the test's no-hang.
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
          while (counted.get() < before + 50) {
            Thread.sleep(10);
          }
        }, "Lettuce reconnects within its 1 s longest delay; ten seconds is only the no-hang bound");
        redis.kill();
        Thread.sleep(50);
        redis.startAgain();
      }
      running.set(false);
      for (Future<?> each : threads) {
        each.get(NO_HANG.toSeconds(), TimeUnit.SECONDS);
      }
    } finally {
      running.set(false);
      pool.shutdownNow();
    }
    System.out.println("Redis killed three times under four counting threads: " + outcomes);

    assertThat(outcomes.keySet()).isSubsetOf("counted", "unavailable");
    assertThat(outcomes).containsKey("counted");
  }

  @Test
  void aStalledRedisTimesOutWithQuotaUnavailable() {
    assertThat(counter.count(claim).requests()).isEqualTo(1);
    // Long enough for the five counts below, short enough that the test does not wait for it.
    redis.pause(Duration.ofMillis(600));

    assertTimeoutPreemptively(NO_HANG, () -> {
      long started = System.nanoTime();
      for (int i = 0; i < 5; i++) {
        // Which timer fires first, Lettuce's command timeout or the counter's, depends on the
        // machine: either way the count is unavailable.
        assertThatThrownBy(() -> counter.count(claim))
            .isInstanceOf(QuotaUnavailableException.class);
      }
      report("paused Redis (50 ms timeout): time to decide", started, 5);
    });
  }

  @Test
  void countingResumesByItselfWhenRedisIsBack() {
    counter.count(claim);
    counter.count(claim);
    redis.stop();
    assertThatThrownBy(() -> counter.count(claim)).isInstanceOf(QuotaUnavailableException.class);

    redis.startAgain();
    long restarted = System.nanoTime();
    QuotaUsage first = assertTimeoutPreemptively(Duration.ofSeconds(10), this::firstCounted,
        "Lettuce reconnects within its 1 s longest delay; ten seconds is only the no-hang bound");
    report("restarted Redis: time to the first counted request", restarted, 1);

    // Redis ran without persistence and lost the key: the count starts again at 1.
    assertThat(first.requests()).isEqualTo(1);
    assertThat(counter.count(claim).requests()).isEqualTo(2);
  }

  @Test
  void theAsynchronousCountCompletesWithQuotaUnavailable() throws Exception {
    assertThat(counter.countAsync(claim).toCompletableFuture().get().requests()).isEqualTo(1);
    redis.stop();

    CompletableFuture<Throwable> failure = counter.countAsync(claim)
        .handle((usage, thrown) -> thrown).toCompletableFuture();

    assertThat(assertTimeoutPreemptively(NO_HANG, () -> failure.get()))
        .isInstanceOf(QuotaUnavailableException.class);
  }

  @Test
  void theAsynchronousCountOfAStalledRedisTimesOut() {
    counter.count(claim);
    redis.pause(Duration.ofMillis(300));

    CompletableFuture<Throwable> failure = counter.countAsync(claim)
        .handle((usage, thrown) -> thrown).toCompletableFuture();

    assertThat(assertTimeoutPreemptively(NO_HANG, () -> failure.get()))
        .isInstanceOf(QuotaUnavailableException.class);
  }

  @Test
  void logsEachChangeOfStateOnceAndNothingOfTheRequest() {
    // This test is about the log, not the timeout: a generous one, so no slow count logs.
    counter.close();
    counter = RedisQuotaCounter.builder(redis.uri()).timeout(Duration.ofSeconds(2)).build();
    List<LogRecord> records = new ArrayList<>();
    Logger logger = Logger.getLogger(RedisQuotaCounter.class.getName());
    Handler capture = new Handler() {
      @Override
      public void publish(LogRecord record) {
        synchronized (records) {
          records.add(record);
        }
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(capture);
    // The tests' logging.properties silences the counter; this test listens to it.
    Level configured = logger.getLevel();
    logger.setLevel(Level.INFO);
    logger.setUseParentHandlers(false);
    try {
      counter.count(claim);
      redis.stop();
      for (int i = 0; i < 10; i++) {
        assertThatThrownBy(() -> counter.count(claim)).isInstanceOf(QuotaUnavailableException.class);
      }
      redis.startAgain();
      assertTimeoutPreemptively(Duration.ofSeconds(10), this::firstCounted);
      counter.count(claim);

      synchronized (records) {
        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.INFO);
        assertThat(records).allSatisfy(record -> assertThat(record.getMessage()
            + java.util.Arrays.toString(record.getParameters())).doesNotContain("acme"));
      }
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(configured);
      logger.setUseParentHandlers(true);
    }
  }

  @Test
  void aClosedCounterReportsQuotaUnavailable() {
    counter.close();

    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(() -> counter.count(claim))
        .isInstanceOf(QuotaUnavailableException.class));
  }

  @Test
  void buildingWhileRedisIsDownReportsQuotaUnavailable() {
    redis.stop();

    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> RedisQuotaCounter.builder(redis.uri()).build())
        .isInstanceOf(QuotaUnavailableException.class));
  }

  /** Counts until Redis counts again; every failure in between is the documented one. */
  private QuotaUsage firstCounted() {
    while (true) {
      try {
        return counter.count(claim);
      } catch (QuotaUnavailableException stillDown) {
        // A count fails at once while Redis is down: do not spin on the shared cores.
        sleepBriefly();
      }
    }
  }

  private static void report(String what, long started, int calls) {
    System.out.printf(Locale.ROOT, "%s: %.2f ms per call over %d calls%n", what,
        (System.nanoTime() - started) / 1e6 / calls, calls);
  }
}
