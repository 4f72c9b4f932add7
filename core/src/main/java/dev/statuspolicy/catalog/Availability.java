package dev.statuspolicy.catalog;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Whether a product version can serve requests at all. Anything but operational is a 503. */
public sealed interface Availability {

  /** The version serves requests. The default. */
  record Operational() implements Availability {}

  /**
   * The version is down for maintenance.
   *
   * @param retryAfter when to try again, sent as {@code Retry-After} in whole seconds, rounded
   *     up, at most 2147483647 (2<sup>31</sup>&minus;1, about 68 years; a longer delay is sent as
   *     that); null when unknown
   */
  record Maintenance(@Nullable Duration retryAfter) implements Availability {
    /**
     * Validates the delay.
     *
     * @param retryAfter when to try again; null when unknown, else zero or more
     * @throws IllegalArgumentException if {@code retryAfter} is negative
     */
    public Maintenance {
      if (retryAfter != null && retryAfter.isNegative()) {
        throw new IllegalArgumentException("retryAfter must be >= 0, was " + retryAfter);
      }
    }
  }

  /** The version is listed but not configured on this deployment. */
  record NotConfigured() implements Availability {}

  /** {@return the operational state} */
  static Availability operational() {
    return new Operational();
  }

  /**
   * Returns maintenance with a known end.
   *
   * @param retryAfter when to try again
   * @return maintenance that tells clients to retry after {@code retryAfter}
   * @throws NullPointerException if {@code retryAfter} is null
   * @throws IllegalArgumentException if {@code retryAfter} is negative
   */
  static Availability maintenance(Duration retryAfter) {
    return new Maintenance(Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /** {@return maintenance with no known end} */
  static Availability maintenance() {
    return new Maintenance(null);
  }

  /** {@return the "not configured" state} */
  static Availability notConfigured() {
    return new NotConfigured();
  }
}
