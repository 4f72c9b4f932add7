package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.QuotaUnavailableException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The Lettuce client a counter made from a URI, with its own threads, which the counter closes.
 * It reconnects after 10 ms, doubling up to 1 s: Lettuce's default goes up to 30 s, so a Redis
 * back after a long outage would count again only up to half a minute later.
 */
record OwnedClient(
    String store, StatefulRedisConnection<byte[], byte[]> connection, AutoCloseable closer) {

  /**
   * Connects now.
   *
   * @throws QuotaUnavailableException if Redis cannot be reached
   */
  static OwnedClient connect(RedisURI uri, ClientOptions options) {
    String store = "Redis at " + uri.getHost() + ":" + uri.getPort();
    ClientResources resources = ClientResources.builder()
        .reconnectDelay(Delay.exponential(Duration.ofMillis(10), Duration.ofSeconds(1), 2,
            TimeUnit.MILLISECONDS))
        .build();
    RedisClient client = RedisClient.create(resources, uri);
    client.setOptions(options);
    AutoCloseable closer = () -> {
      client.shutdown();
      resources.shutdown();
    };
    try {
      return new OwnedClient(store, client.connect(ByteArrayCodec.INSTANCE), closer);
    } catch (RuntimeException e) {
      try {
        closer.close();
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new QuotaUnavailableException(store + " could not be reached", e);
    }
  }
}
