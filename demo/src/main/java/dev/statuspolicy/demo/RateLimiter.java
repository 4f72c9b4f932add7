package dev.statuspolicy.demo;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory fixed-window request counter, as one node of a host would keep: the demo's
 * {@link QuotaCounter}.
 *
 * <p>The library counts nothing: this is the host's part. The policy calls {@link #count} once
 * for each request that reaches row {@code rate-limited}, with the quota that applies; this
 * counter records the request under the claim's key, in the claim's window, and returns the
 * usage of the current window. Windows start at multiples of their length since the epoch.
 * Thread-safe.
 *
 * <p>Memory stays bounded by the applications seen recently, not by all those ever seen: a
 * window that has ended counts nothing any more, so it is dropped. The sweep that drops them
 * runs after as many counts as there were windows at the last sweep (at least {@link
 * #SWEEP_EVERY}), so its cost per count is constant, and between two sweeps the map at most
 * doubles plus {@code SWEEP_EVERY}.
 */
final class RateLimiter implements QuotaCounter {

  /** The fewest counts between two sweeps, so that a quiet map is not swept on every request. */
  static final int SWEEP_EVERY = 1024;

  private record Window(long end, long requests) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private final AtomicLong untilSweep = new AtomicLong(SWEEP_EVERY);
  private final AtomicBoolean sweeping = new AtomicBoolean();

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
    long end = now - Math.floorMod(now, length) + length;
    Window current = windows.compute(claim.key(), (key, seen) ->
        seen == null || seen.end() != end ? new Window(end, 1) : new Window(end, seen.requests() + 1));
    if (untilSweep.decrementAndGet() <= 0) {
      sweep(now);
    }
    return claim.usage(current.requests(), Duration.ofMillis(end - now));
  }

  /**
   * Returns how many windows are kept, ended ones not yet swept included.
   *
   * @return the number of entries
   */
  int entries() {
    return windows.size();
  }

  /** Drops every window that has ended; one thread at a time, the others go on counting. */
  private void sweep(long now) {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      // removeIf on the values view removes an entry only if it still holds the ended window,
      // so a count that just started a new window for the key is never lost
      windows.values().removeIf(window -> window.end() <= now);
      untilSweep.set(Math.max(SWEEP_EVERY, windows.size()));
    } finally {
      sweeping.set(false);
    }
  }
}
