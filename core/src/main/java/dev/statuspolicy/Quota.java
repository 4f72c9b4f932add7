package dev.statuspolicy;

import dev.statuspolicy.internal.HeaderText;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A rate limit: at most {@code requests} in each {@code window}. It is advertised as
 * {@code RateLimit-Policy: "name";q=requests;w=seconds}. The host counts requests in exactly this
 * window (see {@link QuotaClaim}); a count is over when it is above {@code requests}.
 *
 * @param name the policy name in the {@code RateLimit} headers, a lowercase token. It also names
 *     the counter: within one policy, two different quotas may not share a name.
 * @param requests the requests allowed per window; at least 1
 * @param window the window; whole seconds, at least one
 */
public record Quota(String name, long requests, Duration window) {

  /**
   * Validates the quota.
   *
   * @param name the policy name, a lowercase token
   * @param requests the requests allowed per window; at least 1
   * @param window the window; whole seconds, at least one
   * @throws IllegalArgumentException if {@code requests < 1}, the window is not a positive whole
   *     number of seconds, or the name is not a lowercase token
   * @throws NullPointerException if an argument is null
   */
  public Quota {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    if (name.isEmpty() || !HeaderText.isToken(name) || !name.equals(name.toLowerCase(Locale.ROOT))) {
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
   * @param name the policy name, a lowercase token
   * @param requests the requests allowed each second; at least 1
   * @return a quota with a one-second window
   * @throws IllegalArgumentException if {@code requests < 1}, or the name is not a lowercase token
   */
  public static Quota perSecond(String name, long requests) {
    return new Quota(name, requests, Duration.ofSeconds(1));
  }

  /**
   * Returns whether this quota allows fewer requests per second than another. Used only to check
   * configuration (an unidentified quota must be the lower); usage is never compared as a rate.
   *
   * @param other the quota to compare with
   * @return true when this one is stricter
   */
  public boolean isLowerThan(Quota other) {
    return (double) requests / window.getSeconds() < (double) other.requests / other.window.getSeconds();
  }
}
