package dev.statuspolicy.demo;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory fixed-window request counter, as one node of a host would keep: the demo's
 * {@link QuotaCounter}.
 *
 * <p>The library counts nothing: this is the host's part. The policy calls {@link #count} once
 * for each request that reaches row {@code rate-limited}, with the quota that applies; this
 * counter records the request under the claim's key, in the claim's window, and returns the
 * usage of the current window. Windows start at multiples of their length since the epoch.
 * Thread-safe. It keeps one entry per key it has seen.
 */
final class RateLimiter implements QuotaCounter {

  private record Window(long start, long requests) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records one request under the claim's key and returns its usage in the current window.
   *
   * @param claim the quota that applies, as the policy named it
   * @return the requests counted in the current window of the claim's quota, this one included
   */
  @Override
  public QuotaUsage count(QuotaClaim claim) {
    long length = claim.quota().window().toMillis();
    long now = clock.millis();
    long start = now - Math.floorMod(now, length);
    Window current = windows.compute(claim.key(), (key, seen) ->
        seen == null || seen.start() != start ? new Window(start, 1) : new Window(start, seen.requests() + 1));
    return claim.usage(current.requests(), Duration.ofMillis(start + length - now));
  }
}
