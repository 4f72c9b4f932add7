package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The specification of the in-process counter, written as plainly as possible: a window opens
 * at a key's first request after its previous window closed and lasts the quota's window; a
 * request in it is counted, and reported as at most the first over the limit. The table holds
 * at most {@code maxApplications} windows, open or passed; a passed window leaves it when its
 * key returns, or when a full table looks for room. A full table looks when the earliest window
 * it knows of can have passed, and then not again for 100 ms; it refuses a new key when it
 * finds no room.
 */
final class FixedWindows {

  private record Window(long end, long requests) {}

  private static final long LOOK_INTERVAL = Duration.ofMillis(100).toNanos();

  private final Map<String, Window> windows = new HashMap<>();
  private final int maxApplications;
  private long nextLook = Long.MIN_VALUE;

  FixedWindows(int maxApplications) {
    this.maxApplications = maxApplications;
  }

  /** {@return the usage the counter should report at {@code now}, in nanoseconds} */
  QuotaUsage count(QuotaClaim claim, long now) {
    Quota quota = claim.quota();
    Window window = windows.get(claim.key());
    if (window == null || now >= window.end()) {
      windows.remove(claim.key());
      if (windows.size() >= maxApplications && now >= nextLook) {
        windows.values().removeIf(each -> now >= each.end());
        long earliest = windows.values().stream().mapToLong(Window::end).min().orElse(now);
        nextLook = Math.max(earliest, now + LOOK_INTERVAL);
      }
      if (windows.size() >= maxApplications) {
        throw new QuotaUnavailableException("full");
      }
      window = new Window(now + quota.window().toNanos(), 0);
      nextLook = Math.min(nextLook, window.end());
    }
    window = new Window(window.end(), window.requests() + 1);
    windows.put(claim.key(), window);
    return claim.usage(Math.min(window.requests(), quota.requests() + 1),
        Duration.ofNanos(window.end() - now));
  }
}
