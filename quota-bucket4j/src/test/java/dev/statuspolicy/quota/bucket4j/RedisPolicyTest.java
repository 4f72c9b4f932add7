package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The policy over the Redis counter, with the real {@code redis-server} stopped and restarted:
 * what a client sees under each outage setting. The time bounds are only against a hang (see
 * {@link RedisFaultTest}).
 */
class RedisPolicyTest {

  private static final Duration NO_HANG = Duration.ofSeconds(5);
  private static final RowId QUOTA_UNKNOWN = RowId.of("quota-unknown");
  private static final Catalog CATALOG = Catalog.builder()
      .product(Product.builder("nowcast")
          .version(ProductVersion.of("2.0", Lifecycle.stable(),
              Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
          .build())
      .build();

  private RedisServer redis;
  private RedisQuotaCounter counter;

  @BeforeEach
  void start() {
    redis = RedisServer.start();
    // A generous timeout: these tests are about what a client sees, the fault tests about the
    // bound. The clock moves only by hand, so every window is exactly a minute long.
    counter = RedisQuotaCounter.builder(redis.uri()).timeout(Duration.ofSeconds(2))
        .timeMeter(new ManualTime()).build();
  }

  @AfterEach
  void stop() {
    counter.close();
    redis.close();
  }

  private StatusPolicy policy(QuotaOutage outage) {
    return StatusPolicy.builder()
        .catalog(CATALOG)
        .identifiedQuota(new Quota("app", 3, Duration.ofSeconds(60)))
        // Below the identified quota's rate, as the policy requires.
        .unidentifiedQuota(new Quota("anonymous", 1, Duration.ofSeconds(60)))
        .quotaCounter(counter)
        .quotaOutage(outage)
        // So that a 200 shows the count too.
        .rateLimitHeadersOnSuccess(true)
        .build();
  }

  private static final RequestFacts GET = RequestFacts.builder()
      .method("GET")
      .path("/weatherapi/nowcast/2.0/complete")
      .query("lat=59.93&lon=10.72")
      .header("User-Agent", "AcmeWeather/2.1 github.com/acme/weather")
      .build();

  private static Decision get(StatusPolicy policy) {
    return assertTimeoutPreemptively(NO_HANG, () -> policy.decide(GET, Outcome.data()));
  }

  @Test
  void failOpenAdmitsWithTheQuotaUnknownWhileRedisIsDown() {
    StatusPolicy policy = policy(QuotaOutage.failOpen());
    redis.stop();

    Decision decision = get(policy);

    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.trace().verdictOf(QUOTA_UNKNOWN)).isEqualTo(Trace.Verdict.PASSED);
    // No count, so nothing to advertise, even with the headers on success.
    assertThat(decision.header("RateLimit")).isNull();
    assertThat(new Served(GET, Outcome.data(), decision).logLine()).endsWith("(quota unknown)");
  }

  @Test
  void failClosedAnswers503WithRetryAfterWhileRedisIsDown() {
    StatusPolicy policy = policy(QuotaOutage.failClosed(Duration.ofSeconds(2)));
    redis.stop();

    Decision decision = get(policy);

    assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.header("Retry-After")).isEqualTo("2");
    assertThat(decision.header("X-ErrorClass")).isEqualTo("quota-unknown");
    assertThat(decision.trace().verdictOf(QUOTA_UNKNOWN)).isEqualTo(Trace.Verdict.FIRED);
  }

  @Test
  void countsAgainOnceRedisIsBack() {
    StatusPolicy policy = policy(QuotaOutage.failClosed(Duration.ofSeconds(2)));
    get(policy);
    redis.stop();
    assertThat(get(policy).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);

    redis.startAgain();
    Decision decision = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      Decision answered = get(policy);
      while (answered.status() != HttpStatus.OK) {
        answered = get(policy);
      }
      return answered;
    }, "Lettuce reconnects within its 1 s longest delay; ten seconds is only the no-hang bound");

    // Redis lost the key when it restarted: this is the first request of a new window.
    assertThat(decision.header("RateLimit")).isEqualTo("\"app\";r=2;t=60");
    assertThat(decision.trace().verdictOf(QUOTA_UNKNOWN)).isNotEqualTo(Trace.Verdict.FIRED);
  }

  @Test
  void overTheLimitIs429WithHeadersFromTheBucket() {
    StatusPolicy policy = policy(QuotaOutage.failOpen());
    for (int i = 0; i < 3; i++) {
      assertThat(get(policy).status()).isEqualTo(HttpStatus.OK);
    }

    Decision refused = get(policy);

    assertThat(refused.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"app\";q=3;w=60");
    assertThat(refused.header("RateLimit")).isEqualTo("\"app\";r=0;t=60");
    assertThat(refused.header("Retry-After")).isEqualTo("60");
  }
}
