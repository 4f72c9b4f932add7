package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.request.QuotaUsage;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Reads a bucket's answer for one token as the usage the policy advertises. */
final class ProbeUsage {

  private ProbeUsage() {}

  /**
   * Returns the usage: a consumed token counts {@code q - remaining}, at least one, and the window resets when
   * the bucket is full again; a refused one counts as the first request over the limit, and the
   * window resets at the refill.
   */
  static QuotaUsage of(QuotaClaim claim, ConsumptionProbe probe) {
    long limit = claim.quota().requests();
    if (probe.isConsumed()) {
      // At least this request: a bucket with more tokens left than the limit (made for
      // another limit) must not read as a negative count.
      return claim.usage(Math.max(1, limit - probe.getRemainingTokens()),
          resetIn(claim, probe.getNanosToWaitForReset()));
    }
    return claim.usage(limit + 1, resetIn(claim, probe.getNanosToWaitForRefill()));
  }

  /** {@return the nanoseconds until the window resets, from the probe, within the window} */
  static long resetNanos(QuotaClaim claim, ConsumptionProbe probe) {
    return resetIn(claim, probe.isConsumed() ? probe.getNanosToWaitForReset()
        : probe.getNanosToWaitForRefill()).toNanos();
  }

  /** Clamps the bucket's wait to the window: the policy accepts nothing else. */
  private static Duration resetIn(QuotaClaim claim, long nanos) {
    Duration window = claim.quota().window();
    if (nanos <= 0) {
      return Duration.ZERO;
    }
    return nanos >= window.toNanos() ? window : Duration.ofNanos(nanos);
  }
}
