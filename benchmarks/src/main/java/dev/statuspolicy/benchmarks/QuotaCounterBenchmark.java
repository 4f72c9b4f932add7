package dev.statuspolicy.benchmarks;

import dev.statuspolicy.Admission;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.quota.bucket4j.LocalQuotaCounter;
import dev.statuspolicy.quota.bucket4j.RedisQuotaCounter;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.testkit.RedisServer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The quota counter's cost per request: alone ({@link #count}), and inside the whole hot path
 * ({@link #decide}: admission, in which the policy calls the counter, then the 200), so that the
 * counter's cost sits next to the policy's own. Three counters: none ({@link
 * QuotaCounter#none()}, the policy's own cost), in process ({@link LocalQuotaCounter}), and
 * Redis over loopback ({@link RedisQuotaCounter}, a real {@code redis-server} started for the
 * trial). The quota is so high that every request stays within it, as most requests do: the
 * cost measured is the count's, not a 429's.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuotaCounterBenchmark {

  /** The counters compared. */
  public enum Counter { NONE, IN_PROCESS, REDIS }

  /** Which counter the policy calls. */
  @Param({"NONE", "IN_PROCESS", "REDIS"})
  public Counter counter;

  /** A billion a second, the most Bucket4j can refill (one token a nanosecond): never reached. */
  private static final Quota UNREACHABLE = Quota.perSecond("bench", 1_000_000_000L);

  private @Nullable RedisServer redis;
  private @Nullable RedisQuotaCounter redisCounter;
  private QuotaCounter quotaCounter;
  private QuotaClaim claim;
  private StatusPolicy policy;
  private RequestFacts facts;

  /** Starts Redis if the trial needs it, and builds the counter, the policy and the request. */
  @Setup(Level.Trial)
  public void setUp() {
    quotaCounter = switch (counter) {
      case NONE -> QuotaCounter.none();
      case IN_PROCESS -> LocalQuotaCounter.builder().build();
      case REDIS -> {
        redis = RedisServer.start();
        // The cost is measured here, not the fault behaviour: a generous timeout, so that a
        // pause of a loaded machine (CI runs this once as a smoke test) fails no count.
        redisCounter = RedisQuotaCounter.builder(redis.uri()).timeout(Duration.ofSeconds(2)).build();
        yield redisCounter;
      }
    };
    policy = StatusPolicy.builder()
        .catalog(Fixtures.catalog(10, Coverage.polygon(Fixtures.nordicRing().toArray(new GeoPoint[0]))))
        .clock(Clock.fixed(Fixtures.NOW, ZoneOffset.UTC))
        .problemTypeBase(Fixtures.TYPE_BASE)
        .identifiedQuota(UNREACHABLE)
        .quotaCounter(quotaCounter)
        .build();
    // Not counted by the host: the policy calls its counter in admission.
    facts = RequestFacts.builder()
        .method("GET")
        .path(Fixtures.PATH)
        .query(Fixtures.GOOD_QUERY)
        .header("User-Agent", Fixtures.AGENT)
        .header("Accept", "application/json")
        .requestId(Fixtures.REQUEST_ID)
        .build();
    claim = policy.quotaFor(facts);
    Fixtures.expect(HttpStatus.OK, decide().status(), "hot path with the " + counter + " counter");
  }

  /** Stops what the trial started. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (redisCounter != null) {
      redisCounter.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  /** One count, as the policy makes it for each request that reaches row rate-limited. */
  @Benchmark
  public @Nullable QuotaUsage count() {
    return quotaCounter.count(claim);
  }

  /** The whole hot path, with the count inside admission. */
  @Benchmark
  public Decision decide() {
    Admission admission = policy.admit(facts);
    return policy.respond(admission, Fixtures.DATA);
  }
}
