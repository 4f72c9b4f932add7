package dev.statuspolicy.demo;

import dev.statuspolicy.request.QuotaUsage;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An in-memory fixed-window request counter per application, as one node of a host would keep.
 *
 * <p>The library counts nothing: this is the host's part. Each call to {@link #count} records one
 * request and returns the usage of the current window, which the policy compares with its limit.
 * Windows start at multiples of their length since the epoch. Thread-safe.
 */
final class RateLimiter {

  private record Window(long start, long requests) {}

  private final Clock clock;
  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

  RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records one request of {@code application} and returns its usage in the current window.
   *
   * @param application the application key, as the policy identifies it ("" for unidentified)
   * @param window the window length, whole seconds
   * @return the requests counted in the current window, this one included
   */
  QuotaUsage count(String application, Duration window) {
    long length = window.toMillis();
    long now = clock.millis();
    long start = now - Math.floorMod(now, length);
    Window current = windows.compute(window.getSeconds() + " " + application, (key, seen) ->
        seen == null || seen.start() != start ? new Window(start, 1) : new Window(start, seen.requests() + 1));
    return new QuotaUsage(current.requests(), window, Duration.ofMillis(start + length - now));
  }
}
