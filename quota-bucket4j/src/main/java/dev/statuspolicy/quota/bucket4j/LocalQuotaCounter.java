package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts each application's quota in this process, for an API that runs on one node: one
 * Bucket4j bucket per claim key, shaped to the claim's quota as the package documentation
 * describes. Thread-safe; a count of a known application takes no lock.
 *
 * <p><b>Bounded memory.</b> The table keeps at most {@link Builder#maxApplications} buckets:
 * its memory never exceeds that bound, and it does not shrink either. A bucket whose window has
 * passed is full again, but it stays in the table until room is needed for a new application
 * or its own application returns; only then is it dropped. An application that comes back later
 * starts a new window, exactly as if its bucket had been kept.
 *
 * <p><b>A full table refuses new applications.</b> When the table is full of applications
 * whose windows are all still open, a new application is not counted: {@link #count} throws
 * {@link QuotaUnavailableException}, and the policy applies its {@link
 * dev.statuspolicy.QuotaOutage}; the applications already in the table are counted as before.
 * Dropping an open window instead would forget requests already counted and let that
 * application start its quota again at once; refusing to count is the state the policy already
 * knows how to answer, and it says so in the trace and the log. Clients that send many
 * different {@code User-Agent}s can fill the table within one window: the bound protects the
 * memory, and the outage setting decides what the new applications are answered.
 *
 * <p><b>Room is looked for at most every 100 ms.</b> A full table is searched for passed
 * windows (a pass over the whole table) when the earliest window can have passed, and then
 * not again for at least 100 ms, so a flood of new applications into a full table costs at
 * most ten passes a second, not one per request. The price: a new application may be refused
 * for up to 100 ms after room appears.
 *
 * <p>Needs only Bucket4j's core: Lettuce need not be on the class path.
 */
public final class LocalQuotaCounter implements QuotaCounter {

  /** The least time between two passes over a full table: see the class documentation. */
  private static final long SWEEP_INTERVAL_NANOS = Duration.ofMillis(100).toNanos();

  private final ConcurrentHashMap<String, LocalEntry> entries = new ConcurrentHashMap<>();
  private final int maxApplications;
  private final TimeMeter time;
  private final Object admission = new Object();
  /**
   * A full table is not searched again before this time: no entry can be retired before it, or
   * the last pass was less than {@link #SWEEP_INTERVAL_NANOS} ago. Guarded by {@link #admission}.
   */
  private long nextSweep;

  private LocalQuotaCounter(Builder builder) {
    this.maxApplications = builder.maxApplications;
    this.time = builder.time;
    this.nextSweep = time.currentTimeNanos();
  }

  /** {@return a builder with the defaults: 100,000 applications, the system's nanosecond clock} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Counts this request in the bucket of {@code claim.key()} and the claim's limit and window,
   * making the bucket at the key's first request, or at its first request after the previous
   * window passed. Two quotas of one name with different limits or windows count apart.
   *
   * @param claim the quota that applies
   * @return the usage; never null
   * @throws QuotaUnavailableException if the key is new and the table holds {@link
   *     Builder#maxApplications} applications whose windows are all still open
   * @throws IllegalArgumentException if the quota allows more requests than its window has
   *     nanoseconds, more than Bucket4j can refill
   */
  @Override
  public QuotaUsage count(QuotaClaim claim) {
    // The limit and window are part of the key: a bucket keeps the limit it was made with, and
    // one counter may serve policies that give one quota name different limits.
    String key = claim.quota().requests() + "/" + claim.quota().window().getSeconds() + "s:"
        + claim.key();
    while (true) {
      LocalEntry entry = entries.get(key);
      if (entry == null || !entry.liveAt(time.currentTimeNanos())) {
        entry = admit(key, claim);
      }
      ConsumptionProbe probe = entry.bucket.tryConsumeAndReturnRemaining(1);
      if (entry.countedUntil(time.currentTimeNanos() + ProbeUsage.resetNanos(claim, probe))) {
        return ProbeUsage.of(claim, probe);
      }
    }
  }

  /** {@return how many applications the table holds now, including windows that have passed} */
  public int applications() {
    return entries.size();
  }

  /** Makes the key's bucket unless another thread just did; one at a time, so the bound holds. */
  private LocalEntry admit(String key, QuotaClaim claim) {
    synchronized (admission) {
      long now = time.currentTimeNanos();
      LocalEntry entry = entries.get(key);
      if (entry != null) {
        if (entry.liveAt(now)) {
          return entry;
        }
        entries.remove(key, entry);
      }
      if (entries.size() >= maxApplications) {
        sweep(now);
        if (entries.size() >= maxApplications) {
          throw new QuotaUnavailableException("the in-process quota table is full: "
              + maxApplications + " applications have open windows (setting maxApplications)");
        }
      }
      Bucket bucket = Bucket.builder()
          .addLimit(BucketShape.of(claim.quota()))
          .withCustomTimePrecision(time)
          .build();
      LocalEntry made = new LocalEntry(bucket, now + claim.quota().window().toNanos());
      entries.put(key, made);
      if (made.fullAt() - nextSweep < 0) {
        nextSweep = made.fullAt();
      }
      return made;
    }
  }

  /**
   * Drops every bucket that is full again, and notes when the next pass may run: when the next
   * bucket can be full, but not before {@link #SWEEP_INTERVAL_NANOS} from now. A flood of new
   * keys into a table of open windows costs at most one pass per interval, not one per request.
   */
  private void sweep(long now) {
    if (now - nextSweep < 0) {
      return;
    }
    long earliest = now;
    boolean any = false;
    for (var each : entries.entrySet()) {
      LocalEntry entry = each.getValue();
      if (!entry.liveAt(now)) {
        entries.remove(each.getKey(), entry);
      } else if (!any || entry.fullAt() - earliest < 0) {
        earliest = entry.fullAt();
        any = true;
      }
    }
    long soonest = now + SWEEP_INTERVAL_NANOS;
    nextSweep = earliest - soonest < 0 ? soonest : earliest;
  }

  /**
   * Builds a {@link LocalQuotaCounter}. Not thread-safe; each setting is checked when set.
   */
  public static final class Builder {

    private int maxApplications = 100_000;
    private TimeMeter time = TimeMeter.SYSTEM_NANOTIME;

    private Builder() {}

    /**
     * Sets the most applications kept at once. Each takes about 470 bytes of heap with a key of
     * 20-odd characters (measured on JDK 17 by the module's {@code LocalMemoryBoundTest}): some
     * 47 MB at the default.
     *
     * @param maxApplications at least 1; default 100,000
     * @return this builder
     * @throws IllegalArgumentException if {@code maxApplications < 1}
     */
    public Builder maxApplications(int maxApplications) {
      if (maxApplications < 1) {
        throw new IllegalArgumentException("maxApplications must be >= 1, was " + maxApplications);
      }
      this.maxApplications = maxApplications;
      return this;
    }

    /**
     * Sets the clock the buckets read, for tests that move time by hand.
     *
     * @param time a monotonic nanosecond clock; default {@link TimeMeter#SYSTEM_NANOTIME}
     * @return this builder
     * @throws NullPointerException if {@code time} is null
     */
    public Builder timeMeter(TimeMeter time) {
      this.time = Objects.requireNonNull(time, "timeMeter");
      return this;
    }

    /** {@return a counter with these settings and an empty table} */
    public LocalQuotaCounter build() {
      return new LocalQuotaCounter(this);
    }
  }
}
