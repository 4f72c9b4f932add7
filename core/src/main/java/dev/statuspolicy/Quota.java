package dev.statuspolicy;

import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.Objects;

/**
 * A rate limit: at most {@code requests} in each {@code window}. It is advertised as
 * {@code RateLimit-Policy: "name";q=requests;w=seconds}.
 *
 * @param name the policy name in the {@code RateLimit} headers, a lowercase token
 * @param requests the requests allowed per window; at least 1
 * @param window the window; whole seconds, at least one
 */
public record Quota(String name, long requests, Duration window) {

  /**
   * Validates the quota.
   *
   * @throws IllegalArgumentException if {@code requests < 1}, the window is not a positive whole
   *     number of seconds, or the name is not a lowercase token
   * @throws NullPointerException if an argument is null
   */
  public Quota {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    if (name.isEmpty() || !HeaderText.isToken(name) || !name.equals(name.toLowerCase(java.util.Locale.ROOT))) {
      throw new IllegalArgumentException("quota name must be a lowercase token, was '" + name + "'");
    }
    if (requests < 1) {
      throw new IllegalArgumentException("quota requests must be >= 1, was " + requests);
    }
    if (window.getSeconds() < 1 || window.getNano() != 0) {
      throw new IllegalArgumentException("quota window must be whole seconds >= 1, was " + window);
    }
  }

  /**
   * Returns {@code requests} per second.
   *
   * @throws IllegalArgumentException if {@code requests < 1}
   */
  public static Quota perSecond(String name, long requests) {
    return new Quota(name, requests, Duration.ofSeconds(1));
  }

  /**
   * Returns whether the usage is over this quota. The host may count in a window of another
   * length; the usage is then compared as a rate.
   *
   * @param usage what the host counted
   * @return true when over
   */
  public boolean exceededBy(QuotaUsage usage) {
    if (usage.window().equals(window)) {
      return usage.requests() > requests;
    }
    // over when usage.requests / usageMillis > requests / limitMillis, compared without division
    try {
      long usageMillis = Math.max(1, usage.window().toMillis());
      long limitMillis = window.toMillis();
      return Math.multiplyExact(usage.requests(), limitMillis)
          > Math.multiplyExact(requests, usageMillis);
    } catch (ArithmeticException overflow) {
      double usageSeconds = usage.window().getSeconds() + usage.window().getNano() / 1e9;
      return usage.requests() / usageSeconds > requests / (double) window.getSeconds();
    }
  }

  /**
   * Returns whether this quota allows fewer requests per second than another.
   *
   * @param other the quota to compare with
   * @return true when this one is stricter
   */
  public boolean isLowerThan(Quota other) {
    return (double) requests / window.getSeconds() < (double) other.requests / other.window.getSeconds();
  }
}
