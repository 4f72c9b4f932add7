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
 * at most {@code maxApplications} open windows, and refuses a new key beyond that.
 */
final class FixedWindows {

  private record Window(long end, long requests) {}

  private final Map<String, Window> windows = new HashMap<>();
  private final int maxApplications;

  FixedWindows(int maxApplications) {
    this.maxApplications = maxApplications;
  }

  /** {@return the usage the counter should report at {@code now}, in nanoseconds} */
  QuotaUsage count(QuotaClaim claim, long now) {
    Quota quota = claim.quota();
    Window window = windows.get(claim.key());
    if (window == null || now >= window.end()) {
      long open = windows.values().stream().filter(each -> now < each.end()).count();
      if (open >= maxApplications) {
        throw new QuotaUnavailableException("full");
      }
      window = new Window(now + quota.window().toNanos(), 0);
    }
    window = new Window(window.end(), window.requests() + 1);
    windows.put(claim.key(), window);
    return claim.usage(Math.min(window.requests(), quota.requests() + 1),
        Duration.ofNanos(window.end() - now));
  }
}
