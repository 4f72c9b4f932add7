package dev.statuspolicy.quota.bucket4j;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the store counted the last request, logged once per change and never per request:
 * an outage under load would otherwise log once for every request. Nothing from a request is
 * logged, only the store and the store client's exception.
 */
final class StoreHealth {

  private static final System.Logger LOG = System.getLogger(RedisQuotaCounter.class.getName());

  private final String store;
  private final AtomicBoolean counting = new AtomicBoolean(true);

  StoreHealth(String store) {
    this.store = store;
  }

  /** Notes a count the store made; logs the recovery if it could not count before. */
  void counted() {
    if (!counting.get() && counting.compareAndSet(false, true)) {
      LOG.log(Level.INFO, "quota store {0} is counting again", store);
    }
  }

  /** Notes a count the store could not make; logs the outage if it could count before. */
  void failed(Throwable cause) {
    if (counting.get() && counting.compareAndSet(true, false)) {
      LOG.log(Level.WARNING, "quota store {0} cannot count; the policy''s quota outage setting"
          + " answers until it can: {1}", store, cause.toString());
    }
  }

  /** {@return whether the last count was made} */
  boolean counting() {
    return counting.get();
  }
}
