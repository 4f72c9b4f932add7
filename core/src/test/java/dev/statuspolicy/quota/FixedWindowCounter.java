package dev.statuspolicy.quota;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A host's counter as the tests need one: fixed windows of the claim's length, starting at
 * multiples of it, on a clock the test moves by hand. It remembers every claim it was asked to
 * count, so a test can say how often, and for what, the policy called it.
 */
final class FixedWindowCounter implements QuotaCounter {

  private record Window(long start, long requests) {}

  private final Map<String, Window> windows = new HashMap<>();
  private final List<QuotaClaim> calls = new ArrayList<>();
  private long nowMillis;

  FixedWindowCounter(long startMillis) {
    this.nowMillis = startMillis;
  }

  /** Moves the clock on. */
  void advance(Duration by) {
    nowMillis += by.toMillis();
  }

  /** Returns every claim counted so far, in order. */
  List<QuotaClaim> calls() {
    return calls;
  }

  @Override
  public synchronized QuotaUsage count(QuotaClaim claim) {
    calls.add(claim);
    long length = claim.quota().window().toMillis();
    long start = nowMillis - Math.floorMod(nowMillis, length);
    Window seen = windows.get(claim.key());
    Window current = seen == null || seen.start() != start
        ? new Window(start, 1) : new Window(start, seen.requests() + 1);
    windows.put(claim.key(), current);
    return claim.usage(current.requests(), Duration.ofMillis(start + length - nowMillis));
  }
}
