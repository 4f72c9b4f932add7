package dev.statuspolicy.vertx;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.request.QuotaUsage;
import io.vertx.core.Future;

/**
 * Counts a request for its quota without blocking the event loop, as a shared store such as
 * Redis does: set with {@link StatusPolicyHandler.Builder#quota}. The handler asks the policy
 * which quota applies ({@link dev.statuspolicy.StatusPolicy#quotaFor}), counts it here before
 * admission, and passes the usage in the facts, so the policy does not call its own synchronous
 * {@link dev.statuspolicy.QuotaCounter}.
 *
 * <p>Every request is counted, also one the policy then turns away before row {@code
 * rate-limited} (a blocked client, a 405), because only the policy's admission knows that, and
 * it needs the usage first.
 *
 * <p>A future that completes with null exempts the request: the policy then asks its own
 * counter, which counts nothing unless one was set. A future failed with {@link
 * dev.statuspolicy.QuotaUnavailableException} (the store is down, or slower than the counter's
 * timeout; also wrapped in a {@link java.util.concurrent.CompletionException}) means the quota is
 * unknown: the policy's {@link dev.statuspolicy.QuotaOutage} decides, admitting the request or
 * answering 503 from row {@code quota-unknown}. Any other failed future, a throw, or a null future is
 * answered 500 {@code internal-error} for a request the policy admits, without calling the
 * backend; the cause reaches {@link dev.statuspolicy.host.Served#failure()} and never the
 * response.
 *
 * <p>Implementations must be thread-safe. The future may complete on any thread.
 */
@FunctionalInterface
public interface AsyncQuotaCounter {

  /**
   * Counts this request under {@code claim.key()}, in the window of {@code claim.quota()}.
   *
   * @param claim the quota that applies, as the policy named it
   * @return a future of the usage, made with {@link QuotaClaim#usage}; completing with null
   *     when the request is not counted
   */
  Future<QuotaUsage> count(QuotaClaim claim);
}
