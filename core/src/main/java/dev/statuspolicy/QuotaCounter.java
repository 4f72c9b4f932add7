package dev.statuspolicy;

import dev.statuspolicy.request.QuotaUsage;
import org.jspecify.annotations.Nullable;

/**
 * The host's request counter, for hosts that count synchronously: the policy calls it once for
 * each request that reaches row {@code rate-limited}, and never for a request turned away
 * before (a blocked client, a 405, a 403 for an unidentified client of a strict product).
 * Set it with {@link StatusPolicyBuilder#quotaCounter}.
 *
 * <p>Non-blocking hosts count before admission instead, for the claim from {@link
 * StatusPolicy#quotaFor}, and pass the usage in {@link
 * dev.statuspolicy.request.RequestFacts.Builder#quota}; the policy then does not call the
 * counter.
 *
 * <p>Implementations must be thread-safe: one policy serves many requests at once.
 */
@FunctionalInterface
public interface QuotaCounter {

  /**
   * Counts this request under {@code claim.key()}, in the window of {@code claim.quota()}.
   *
   * <p>A counter that throws, or returns a usage counted for another claim, breaks row {@code
   * rate-limited}: the request is answered 500 {@code internal-error}, and the trace records the
   * row as failed.
   *
   * @param claim the quota that applies, as the policy named it
   * @return the usage, made with {@link QuotaClaim#usage}; null when this request is not counted
   *     (the host exempts it, or counts nothing), which is never over the limit
   */
  @Nullable QuotaUsage count(QuotaClaim claim);

  /**
   * Returns the counter of a host that counts nothing: every request is within quota, and no
   * {@code RateLimit} header is sent on success. The default.
   *
   * @return a counter that reports no usage for any claim
   */
  static QuotaCounter none() {
    return claim -> null;
  }
}
