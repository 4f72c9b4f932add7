package dev.statuspolicy.request;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of its quota the client's application has used, as counted by the host.
 *
 * <p>The library counts nothing: a single node may use an in-process limiter, a cluster a shared
 * store. The host reports how many requests the application made within {@code window}, this one
 * included, and when its window resets. The policy decides which limit applies and whether the
 * usage is over it.
 *
 * @param requests requests counted in the window, including this one; zero or more
 * @param window the length of the window the host counts in; positive
 * @param resetIn how long until the window resets; zero or more. It becomes {@code Retry-After}.
 */
public record QuotaUsage(long requests, Duration window, Duration resetIn) {

  private static final QuotaUsage NOT_COUNTED =
      new QuotaUsage(0, Duration.ofSeconds(1), Duration.ZERO);

  /**
   * Validates the usage.
   *
   * @throws IllegalArgumentException if {@code requests} is negative, {@code window} is not
   *     positive or {@code resetIn} is negative
   * @throws NullPointerException if a duration is null
   */
  public QuotaUsage {
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(resetIn, "resetIn");
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be >= 0, was " + requests);
    }
    if (window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("window must be positive, was " + window);
    }
    if (resetIn.isNegative()) {
      throw new IllegalArgumentException("resetIn must be >= 0, was " + resetIn);
    }
  }

  /** Returns the usage of a host that does not count requests: never over any limit. The default. */
  public static QuotaUsage notCounted() {
    return NOT_COUNTED;
  }

  /**
   * Returns a usage counted per second.
   *
   * @param requests requests in the current second, including this one
   * @param resetIn how long until the current second ends
   * @throws IllegalArgumentException if {@code requests} is negative or {@code resetIn} negative
   */
  public static QuotaUsage perSecond(long requests, Duration resetIn) {
    return new QuotaUsage(requests, Duration.ofSeconds(1), resetIn);
  }
}
