package dev.statuspolicy.quota.bucket4j;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether the store counted the last request, logged on a change and never per request: an
 * outage under load would otherwise log once for every request. A store that fails and counts
 * by turns (contention timeouts between successes) would still log on nearly every request, so
 * an outage is logged at most once every {@link #QUIET}; the outages in between are not logged
 * but counted, and the next outage logged says how many there were. A recovery is logged once
 * per outage that was logged. Nothing from a request is logged, only the store and the store
 * client's exception.
 */
final class StoreHealth {

  /** The least time between two outages logged. */
  static final Duration QUIET = Duration.ofSeconds(10);

  private static final System.Logger LOG = System.getLogger(RedisQuotaCounter.class.getName());

  private final String store;
  private final LongSupplier nanoTime;
  private volatile boolean counting = true;
  /** Whether the outage under way was logged; guarded by {@code this}. */
  private volatile boolean outageLogged;
  /** When an outage was last logged; guarded by {@code this}. */
  private long lastLogged;
  private boolean loggedAny;
  /** Outages since the last one logged that were not; guarded by {@code this}. */
  private long unlogged;

  StoreHealth(String store) {
    this(store, System::nanoTime);
  }

  /** For tests: reads the time from {@code nanoTime}. */
  StoreHealth(String store, LongSupplier nanoTime) {
    this.store = store;
    this.nanoTime = nanoTime;
  }

  /** Notes a count the store made; logs the recovery if the outage it ends was logged. */
  void counted() {
    if (counting) {
      return;
    }
    synchronized (this) {
      if (counting) {
        return;
      }
      counting = true;
      if (outageLogged) {
        LOG.log(Level.INFO, "quota store {0} is counting again", store);
      }
      outageLogged = false;
    }
  }

  /**
   * Notes a count the store could not make; logs the outage unless another was logged less
   * than {@link #QUIET} ago, and logs a long outage once that time has passed.
   */
  void failed(Throwable cause) {
    if (!counting && outageLogged) {
      return;
    }
    synchronized (this) {
      if (counting) {
        counting = false;
        unlogged++;
      }
      if (outageLogged) {
        return;
      }
      long now = nanoTime.getAsLong();
      if (loggedAny && now - lastLogged < QUIET.toNanos()) {
        return;
      }
      long others = unlogged - 1;
      if (others == 0) {
        LOG.log(Level.WARNING, "quota store {0} cannot count; the policy''s quota outage setting"
            + " answers until it can: {1}", store, cause.toString());
      } else {
        LOG.log(Level.WARNING, "quota store {0} cannot count; the policy''s quota outage setting"
            + " answers until it can: {1} ({2} shorter outages since the last logged were not"
            + " logged)", store, cause.toString(), others);
      }
      outageLogged = true;
      loggedAny = true;
      lastLogged = now;
      unlogged = 0;
    }
  }

  /** {@return whether the last count was made} */
  boolean counting() {
    return counting;
  }
}
