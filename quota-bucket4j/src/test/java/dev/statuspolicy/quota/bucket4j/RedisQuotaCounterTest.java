package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.testkit.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counting in a real Redis, while it is up: the same answers as in process, shared by nodes. */
class RedisQuotaCounterTest {

  private static final Quota THREE_PER_SECOND = Quota.perSecond("app", 3);
  /** For tests that mix the manual clock with Redis's real-time expiry: no key expires. */
  private static final Quota THREE_PER_MINUTE = new Quota("app", 3, Duration.ofSeconds(60));

  private static RedisServer redis;

  private final ManualTime time = new ManualTime();
  // Each test counts its own application, so tests never see each other's counts.
  private final QuotaClaim claim = new QuotaClaim(THREE_PER_SECOND, "app-" + System.nanoTime());

  @BeforeAll
  static void startRedis() {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  private RedisQuotaCounter.Builder node() {
    // A generous timeout: these tests are about the answers, the fault tests about the bound.
    return RedisQuotaCounter.builder(redis.uri()).timeMeter(time).timeout(Duration.ofSeconds(2));
  }

  @Test
  void countsUpToTheLimitThenReportsTheFirstRequestOver() {
    try (RedisQuotaCounter counter = node().build()) {
      for (long expected = 1; expected <= 3; expected++) {
        QuotaUsage usage = counter.count(claim);
        assertThat(usage.requests()).isEqualTo(expected);
        assertThat(usage.resetIn()).isEqualTo(Duration.ofSeconds(1));
      }
      QuotaUsage refused = counter.count(claim);

      assertThat(refused.over()).isTrue();
      assertThat(refused.requests()).isEqualTo(4);
    }
  }

  @Test
  void answersAsTheInProcessCounterDoes() {
    LocalQuotaCounter local = LocalQuotaCounter.builder().timeMeter(time).build();
    try (RedisQuotaCounter counter = node().build()) {
      // The test's clock moves by hand but Redis expires keys in real time: with a minute's
      // window no key expires while the test runs, and a window is crossed only exactly at its
      // end, where a lingering bucket and a new one agree.
      QuotaClaim perMinute = new QuotaClaim(THREE_PER_MINUTE, claim.application());
      for (int seconds : new int[] {0, 12, 18, 6, 15, 9, 24, 0, 36, 3}) {
        time.advance(Duration.ofSeconds(seconds));

        assertThat(counter.count(perMinute)).isEqualTo(local.count(perMinute));
      }
    }
  }

  @Test
  void twoNodesShareOneCount() {
    try (RedisQuotaCounter first = node().build(); RedisQuotaCounter second = node().build()) {
      first.count(claim);
      second.count(claim);

      assertThat(first.count(claim).requests()).isEqualTo(3);
      assertThat(second.count(claim).over()).isTrue();
    }
  }

  @Test
  void nodesCountingAtOnceAdmitExactlyTheLimit() throws Exception {
    // A minute's window: the requests all fall in one window, however slow the machine.
    QuotaClaim fifty = new QuotaClaim(new Quota("app", 50, Duration.ofSeconds(60)),
        claim.application());
    try (RedisQuotaCounter first = node().build(); RedisQuotaCounter second = node().build()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<QuotaUsage>>> running = new ArrayList<>();
        for (RedisQuotaCounter node : List.of(first, second, first, second)) {
          running.add(pool.submit(() -> {
            List<QuotaUsage> usages = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
              usages.add(node.count(fifty));
            }
            return usages;
          }));
        }
        List<Long> admitted = new ArrayList<>();
        for (Future<List<QuotaUsage>> each : running) {
          each.get(30, TimeUnit.SECONDS).stream().filter(usage -> !usage.over())
              .forEach(usage -> admitted.add(usage.requests()));
        }

        // 120 requests at once from two nodes: the bucket's compare-and-swap admits 50, once each.
        assertThat(admitted).containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(1, 50).boxed().toList());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aQuotaChangedUnderTheSameNameCountsInABucketOfItsOwn() {
    // A rolling deploy lowers the limit of "app": Bucket4j keeps the configuration it stored
    // first, so in one key the new limit would read a bucket of ten tokens.
    QuotaClaim before = new QuotaClaim(new Quota("app", 10, Duration.ofSeconds(60)), "changed");
    QuotaClaim after = new QuotaClaim(new Quota("app", 3, Duration.ofSeconds(60)), "changed");
    try (RedisQuotaCounter counter = node().build()) {
      counter.count(before);

      // Five seconds only against a hang: before the limit was in the key, this never returned.
      QuotaUsage usage = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> counter.count(after));

      assertThat(usage.requests()).isEqualTo(1);
      assertThat(counter.count(before).requests()).isEqualTo(2);
    }
  }

  @Test
  void aQuotaBucket4jCannotCountIsAFaultNotAnOutage() {
    QuotaClaim tooHigh = new QuotaClaim(Quota.perSecond("app", 1_000_000_001L), "acme");
    try (RedisQuotaCounter counter = node().build()) {
      assertThatThrownBy(() -> counter.count(tooHigh)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> counter.countAsync(tooHigh).toCompletableFuture().get())
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void countersWithAnotherPrefixCountApart() {
    try (RedisQuotaCounter first = node().build();
        RedisQuotaCounter other = node().keyPrefix("other:").build()) {
      first.count(claim);
      first.count(claim);

      assertThat(other.count(claim).requests()).isEqualTo(1);
    }
  }

  @Test
  void storesThePrefixedKeyWhichExpiresOnceItsBucketIsFullAgain() {
    QuotaClaim perMinute = new QuotaClaim(THREE_PER_MINUTE, claim.application());
    try (RedisQuotaCounter counter = node().build()) {
      counter.count(perMinute);

      // The prefix, then the limit and window, then the claim's key.
      String key = "status-policy:quota:3/60s:" + perMinute.key();
      assertThat(redis.send("EXISTS", key)).isEqualTo(":1");
      long ttl = Long.parseLong(redis.send("PTTL", key).substring(1));
      // Full again at the end of the minute's window, and kept 10 ms more.
      assertThat(ttl).isPositive().isLessThanOrEqualTo(60_010);
    }
  }

  @Test
  void countsAsynchronouslyToo() throws Exception {
    try (RedisQuotaCounter counter = node().build()) {
      counter.count(claim);

      QuotaUsage usage = counter.countAsync(claim).toCompletableFuture().get(5, TimeUnit.SECONDS);

      assertThat(usage.requests()).isEqualTo(2);
    }
  }

  @Test
  void leavesTheCallersConnectionOpenWhenClosed() {
    RedisClient client = RedisClient.create(redis.uri());
    client.setOptions(RedisQuotaCounter.clientOptions(Duration.ofSeconds(2)));
    try (StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE)) {
      RedisQuotaCounter counter = RedisQuotaCounter.builder(connection).timeMeter(time).build();
      assertThat(counter.count(claim).requests()).isEqualTo(1);

      counter.close();

      assertThat(connection.isOpen()).isTrue();
    } finally {
      client.shutdown();
    }
  }

  @Test
  void refusesATimeoutThatIsNotPositive() {
    assertThatThrownBy(() -> RedisQuotaCounter.builder(redis.uri()).timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> RedisQuotaCounter.builder(redis.uri()).timeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
  }

  @Test
  void refusesAUriThatIsNotRedis() {
    assertThatThrownBy(() -> RedisQuotaCounter.builder("http://localhost:80"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redisUri");
  }

  @Test
  void aUriThatIsRefusedIsNotRepeatedWithItsPassword() {
    // The refusal may be logged: Lettuce's own message can hold the whole URI, password included.
    assertThatThrownBy(() -> RedisQuotaCounter.builder("redis://:s3cret@local host:6379"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redisUri")
        .hasCauseInstanceOf(IllegalArgumentException.class)
        .message().doesNotContain("s3cret");
  }
}
