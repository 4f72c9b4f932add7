package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Counts each application's quota in Redis, for an API that runs on several nodes: every node
 * counts in the same Bucket4j bucket per claim key, through Bucket4j's compare-and-swap proxy
 * over Lettuce. The buckets have the shape the package documentation describes; a key expires
 * 10 ms after its bucket is full again, so Redis holds only the applications whose windows are
 * open, and answers as the in-process counter does (to within those 10 ms).
 *
 * <p><b>Memory.</b> Redis holds one key per application (and quota) counted within the last
 * window: its memory is bounded by the applications active within a window, and there is no
 * hard maximum. Bound it in Redis itself if you need one ({@code maxmemory}); a key that Redis
 * evicts starts a new window for its application.
 *
 * <p><b>Faults.</b> Every count is bounded by {@link Builder#timeout} (50 ms by default). When
 * Redis is down, unreachable, closed, or slower than that, {@link #count} throws {@link
 * QuotaUnavailableException} and {@link #countAsync} completes with it; the policy applies its
 * {@link dev.statuspolicy.QuotaOutage}. Nothing else is thrown on purpose, and no call waits
 * longer than the timeout. Each change of state (Redis cannot count; Redis counts again) is
 * logged once through {@link System.Logger}, under this class's name.
 *
 * <p><b>Who owns the connection.</b> A counter built with {@link #builder(String)} makes its
 * own Lettuce client with {@link #clientOptions(Duration)}: commands fail at once while it is
 * disconnected, it reconnects by itself (after 10 ms, doubling up to 1 s), and counting resumes
 * when Redis is back. {@link #close()} closes that client. A counter built with {@link
 * #builder(StatefulRedisConnection)} counts on the caller's connection, which the caller
 * configures and closes; {@link #close()} then leaves it open. Give such a connection {@link
 * #clientOptions(Duration)}: with Lettuce's defaults, commands queue while it is disconnected,
 * and each count waits for the whole timeout.
 *
 * <p>Buckets are computed from the clock of the node that counts: the nodes of a cluster should
 * agree on the time to well within a window.
 *
 * <p>Thread-safe.
 */
public final class RedisQuotaCounter implements QuotaCounter, AutoCloseable {

  /**
   * How long a key outlives the moment its bucket is full again: just enough that rounding to
   * Redis's milliseconds never drops a bucket that is not full yet. (Bucket4j sets no expiry at
   * all for a time to live of zero.)
   */
  private static final Duration KEEP_AFTER_FULL = Duration.ofMillis(10);

  /**
   * How much longer than the timeout {@link #count} waits before it gives up on a count that
   * never completed: the timeout's own timer may run late on a loaded machine.
   */
  private static final Duration BACKSTOP_SLACK = Duration.ofMillis(500);

  private final AsyncProxyManager<byte[]> buckets;
  private final String keyPrefix;
  private final Duration timeout;
  private final long backstop;
  private final StoreHealth health;
  private final @Nullable AutoCloseable owned;
  private volatile boolean closed;

  private RedisQuotaCounter(StatefulRedisConnection<byte[], byte[]> connection, Builder settings,
      String store, @Nullable AutoCloseable owned) {
    this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
        .expirationAfterWrite(
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_AFTER_FULL))
        .clientClock(settings.time)
        .requestTimeout(settings.timeout)
        .build()
        .asAsync();
    this.keyPrefix = settings.keyPrefix;
    this.timeout = settings.timeout;
    this.backstop = settings.timeout.plus(BACKSTOP_SLACK).toNanos();
    this.health = new StoreHealth(store);
    this.owned = owned;
  }

  /**
   * Returns a builder for a counter that connects to Redis itself, and owns the connection.
   *
   * @param redisUri Redis, as Lettuce reads it: {@code redis://host:port}, optionally with a
   *     password and a database
   * @return a builder with the defaults
   * @throws IllegalArgumentException if {@code redisUri} is not a Redis URI
   * @throws NullPointerException if {@code redisUri} is null
   */
  public static Builder builder(String redisUri) {
    Objects.requireNonNull(redisUri, "redisUri");
    RedisURI uri;
    try {
      uri = RedisURI.create(redisUri);
    } catch (RuntimeException e) {
      // Not Lettuce's message: it may repeat the whole URI, password included, into a log.
      throw new IllegalArgumentException(
          "redisUri is not a Redis URI of the form redis://host:port", e);
    }
    return new Builder(uri, null);
  }

  /**
   * Returns a builder for a counter that counts on the caller's connection. The caller keeps
   * it: closing the counter does not close it.
   *
   * @param connection an open connection with byte-array keys and values (Lettuce's {@code
   *     ByteArrayCodec}), configured as {@link #clientOptions(Duration)} advises
   * @return a builder with the defaults
   * @throws NullPointerException if {@code connection} is null
   */
  public static Builder builder(StatefulRedisConnection<byte[], byte[]> connection) {
    return new Builder(null, Objects.requireNonNull(connection, "connection"));
  }

  /**
   * Returns the Lettuce client options a counter's connection should have: commands are
   * rejected at once while disconnected, instead of queued; the client reconnects by itself; at
   * most 10,000 commands wait; each command times out after {@code timeout}; connecting times
   * out after a second.
   *
   * @param timeout the counter's timeout; positive
   * @return the options
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public static ClientOptions clientOptions(Duration timeout) {
    checkTimeout(timeout);
    return ClientOptions.builder()
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .autoReconnect(true)
        .requestQueueSize(10_000)
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).build())
        .build();
  }

  /**
   * Counts this request in Redis, waiting at most the timeout.
   *
   * @param claim the quota that applies
   * @return the usage; never null
   * @throws QuotaUnavailableException if Redis is down or unreachable, the counter is closed,
   *     Redis did not answer within the timeout, or the thread was interrupted while waiting
   * @throws IllegalArgumentException if the quota allows more requests than its window has
   *     nanoseconds, more than Bucket4j can refill
   */
  @Override
  public QuotaUsage count(QuotaClaim claim) {
    try {
      return countAsync(claim).toCompletableFuture().get(backstop, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      // The count completes within the timeout by itself; this only keeps a caller from waiting
      // for ever should a completion be lost.
      throw new QuotaUnavailableException("the Redis count did not complete in time", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new QuotaUnavailableException("interrupted while Redis counted", e);
    } catch (ExecutionException e) {
      Throwable cause = StoreFailure.unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("counting failed", cause);
    }
  }

  /**
   * Counts this request in Redis without blocking the caller.
   *
   * @param claim the quota that applies
   * @return the usage, completing within the timeout: normally, or exceptionally with {@link
   *     QuotaUnavailableException} if Redis is down or unreachable, the counter is closed, or
   *     Redis did not answer in time. It may complete on a thread of Lettuce or of the JDK's
   *     delayed-completion timer.
   */
  public CompletionStage<QuotaUsage> countAsync(QuotaClaim claim) {
    CompletableFuture<QuotaUsage> usage = new CompletableFuture<>();
    if (closed) {
      usage.completeExceptionally(
          new QuotaUnavailableException("the Redis quota counter is closed"));
      return usage;
    }
    CompletableFuture<ConsumptionProbe> probe;
    try {
      BucketConfiguration configuration = BucketConfiguration.builder()
          .addLimit(BucketShape.of(claim.quota()))
          .build();
      probe = buckets.builder()
          .build(key(claim), () -> CompletableFuture.completedFuture(configuration))
          .tryConsumeAndReturnRemaining(1);
    } catch (RuntimeException e) {
      report(usage, e);
      return usage;
    }
    probe.orTimeout(timeout.toNanos(), TimeUnit.NANOSECONDS).whenComplete((counted, failure) -> {
      if (failure != null) {
        report(usage, failure);
        return;
      }
      try {
        usage.complete(ProbeUsage.of(claim, counted));
        health.counted();
      } catch (RuntimeException | Error fault) {
        // Whatever reading the answer throws must complete the count: nothing else would.
        usage.completeExceptionally(fault);
      }
    });
    return usage;
  }

  /**
   * Closes the client the counter made, or leaves the caller's connection open. Either way,
   * every later count reports {@link QuotaUnavailableException}.
   */
  @Override
  public void close() {
    closed = true;
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        throw new IllegalStateException("closing the Redis client failed", e);
      }
    }
  }

  private byte[] key(QuotaClaim claim) {
    return (keyPrefix + claim.quota().requests() + "/" + claim.quota().window().getSeconds()
        + "s:" + claim.key()).getBytes(StandardCharsets.UTF_8);
  }

  /** Completes with the store's failure, or passes a fault of the code on as it is. */
  private void report(CompletableFuture<QuotaUsage> usage, Throwable failure) {
    Throwable cause = StoreFailure.unwrap(failure);
    QuotaUnavailableException unavailable = StoreFailure.asUnavailable(cause);
    if (unavailable != null) {
      health.failed(cause);
      usage.completeExceptionally(unavailable);
    } else {
      usage.completeExceptionally(cause);
    }
  }

  private static Duration checkTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    return timeout;
  }

  /** Builds a {@link RedisQuotaCounter}. Not thread-safe; each setting is checked when set. */
  public static final class Builder {

    private final @Nullable RedisURI uri;
    private final @Nullable StatefulRedisConnection<byte[], byte[]> connection;
    private Duration timeout = Duration.ofMillis(50);
    private String keyPrefix = "status-policy:quota:";
    private TimeMeter time = TimeMeter.SYSTEM_MILLISECONDS;

    private Builder(@Nullable RedisURI uri,
        @Nullable StatefulRedisConnection<byte[], byte[]> connection) {
      this.uri = uri;
      this.connection = connection;
    }

    /**
     * Sets how long a count may take, from the call to the answer, retries included.
     *
     * @param timeout positive; default 50 ms
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     * @throws NullPointerException if {@code timeout} is null
     */
    public Builder timeout(Duration timeout) {
      this.timeout = checkTimeout(timeout);
      return this;
    }

    /**
     * Sets the prefix of every Redis key. The key of a claim is the prefix, the quota's limit and
     * window, then {@link QuotaClaim#key()}: {@code status-policy:quota:20/1s:app:acme} for 20
     * requests a second. Counters that share a prefix share their counts of the same quota.
     * Bucket4j keeps the limit a bucket was made with, so the limit and window are in the key:
     * a quota whose limit changes under the same name (a rolling deploy, two services that
     * share a prefix) counts in fresh buckets, and never reads a bucket of another limit.
     *
     * @param keyPrefix the prefix; may be empty; default {@code status-policy:quota:}
     * @return this builder
     * @throws NullPointerException if {@code keyPrefix} is null
     */
    public Builder keyPrefix(String keyPrefix) {
      this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix");
      return this;
    }

    /**
     * Sets the clock the buckets are computed with, for tests that move time by hand. Every
     * node that shares the buckets must read the same time.
     *
     * @param time a wall clock in nanoseconds; default {@link TimeMeter#SYSTEM_MILLISECONDS}
     * @return this builder
     * @throws NullPointerException if {@code time} is null
     */
    public Builder timeMeter(TimeMeter time) {
      this.time = Objects.requireNonNull(time, "timeMeter");
      return this;
    }

    /**
     * Returns the counter. One built from a URI connects now.
     *
     * @return the counter
     * @throws QuotaUnavailableException if the counter was to connect and Redis could not be
     *     reached
     */
    public RedisQuotaCounter build() {
      if (connection != null) {
        return new RedisQuotaCounter(connection, this, "Redis", null);
      }
      OwnedClient made =
          OwnedClient.connect(Objects.requireNonNull(uri, "uri"), clientOptions(timeout));
      return new RedisQuotaCounter(made.connection(), this, made.store(), made.closer());
    }
  }
}
