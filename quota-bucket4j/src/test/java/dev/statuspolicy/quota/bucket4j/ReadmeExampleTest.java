package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.testkit.RedisServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's example of the two counters, compiled and run against a real Redis. */
class ReadmeExampleTest {

  private static final Catalog CATALOG = Catalog.builder()
      .product(Product.builder("nowcast")
          .version(ProductVersion.of("2.0", Lifecycle.stable(),
              Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
          .build())
      .build();

  private static final RequestFacts GET = RequestFacts.builder()
      .method("GET")
      .path("/weatherapi/nowcast/2.0/complete")
      .query("lat=59.93&lon=10.72")
      .header("User-Agent", "AcmeWeather/2.1 github.com/acme/weather")
      .build();

  @Test
  void bothCountersServeThePolicy() {
    try (RedisServer server = RedisServer.start()) {
      Catalog catalog = CATALOG;
      String redisUri = server.uri();

      // README begins
      // One node: count in this process.
      StatusPolicy single = StatusPolicy.builder()
          .catalog(catalog)
          .quotaCounter(LocalQuotaCounter.builder().maxApplications(100_000).build())
          .build();

      // A cluster: every node counts in the same Redis.
      RedisQuotaCounter redis = RedisQuotaCounter.builder(redisUri)  // "redis://host:6379"
          .timeout(Duration.ofMillis(50))
          .build();
      StatusPolicy cluster = StatusPolicy.builder()
          .catalog(catalog)
          .quotaCounter(redis)
          .quotaOutage(QuotaOutage.failClosed(Duration.ofSeconds(1)))  // or failOpen()
          .build();
      // README ends

      // The first count of a JVM may take longer than the example's 50 ms on a loaded machine.
      RedisFaultTest.warmUp(redis);
      assertThat(single.decide(GET, Outcome.data()).status()).isEqualTo(HttpStatus.OK);
      assertThat(cluster.decide(GET, Outcome.data()).status()).isEqualTo(HttpStatus.OK);
      redis.close();
      // Closed, the counter cannot count: the policy fails closed, as configured.
      assertThat(cluster.decide(GET, Outcome.data()).status())
          .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }
  }
}
