package dev.statuspolicy;

import java.time.Duration;
import java.util.Objects;

/**
 * What the policy does when the quota cannot be counted: the host's counter threw {@link
 * QuotaUnavailableException}, or the host passed {@link
 * dev.statuspolicy.request.RequestFacts.Builder#quotaUnknown()}. Set it with {@link
 * StatusPolicyBuilder#quotaOutage}; {@link #failOpen()} by default.
 *
 * <p>Either way the request is not over quota as far as anyone knows, so it is never a 429, and
 * no {@code RateLimit} header is sent, since there is no count to advertise. Row {@code
 * quota-unknown} records the state in the trace: {@code passed} when the request was admitted
 * anyway, {@code fired} when it was refused.
 */
public sealed interface QuotaOutage {

  /**
   * Admit the request as if it were within quota. Availability wins: a store outage does not take
   * the API down, at the price of not limiting anyone until the store is back. The trace records
   * row {@code quota-unknown} as passed, and {@link dev.statuspolicy.host.Served#logLine()} says
   * {@code quota unknown}.
   */
  record FailOpen() implements QuotaOutage {}

  /**
   * Refuse the request: 503 from row {@code quota-unknown}, with {@code Retry-After}. Protection
   * wins: no client can exceed its quota while it cannot be counted, at the price of refusing
   * everyone until the store is back.
   *
   * @param retryAfter the {@code Retry-After} to send; whole seconds, at least one
   */
  record FailClosed(Duration retryAfter) implements QuotaOutage {
    /**
     * Validates the delay.
     *
     * @param retryAfter the {@code Retry-After} to send; whole seconds, at least one
     * @throws IllegalArgumentException if it is not a whole number of seconds of at least one
     * @throws NullPointerException if it is null
     */
    public FailClosed {
      Objects.requireNonNull(retryAfter, "retryAfter");
      if (retryAfter.getSeconds() < 1 || retryAfter.getNano() != 0) {
        throw new IllegalArgumentException(
            "quotaOutage retryAfter must be whole seconds >= 1, was " + retryAfter);
      }
    }
  }

  /** {@return fail-open: admit with the quota unknown} */
  static QuotaOutage failOpen() {
    return new FailOpen();
  }

  /**
   * Returns fail-closed: 503 with this {@code Retry-After}.
   *
   * @param retryAfter the delay to send; whole seconds, at least one
   * @return the setting
   * @throws IllegalArgumentException if it is not a whole number of seconds of at least one
   */
  static QuotaOutage failClosed(Duration retryAfter) {
    return new FailClosed(retryAfter);
  }
}
