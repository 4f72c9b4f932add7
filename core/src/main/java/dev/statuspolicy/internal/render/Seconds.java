package dev.statuspolicy.internal.render;

import java.time.Duration;

/**
 * Whole seconds for {@code Retry-After} and the {@code RateLimit} reset: rounded up, at least 0,
 * and at most {@link #MAX}.
 */
public final class Seconds {

  /**
   * The longest delay sent: 2<sup>31</sup>&minus;1 seconds, about 68 years. It is the greatest
   * delta-seconds value that RFC 9111 section 1.2.2 expects every recipient to represent; a
   * longer delay is sent as this one, never as an overflowed number.
   */
  public static final long MAX = Integer.MAX_VALUE;

  private Seconds() {}

  /**
   * Rounds a duration up to whole seconds, within 0 and {@link #MAX}.
   *
   * @param duration a duration; a negative one counts as 0
   * @return the seconds, rounded up and clamped
   */
  public static long ceil(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds >= MAX) {
      // decided before rounding up, which would overflow at Long.MAX_VALUE
      return MAX;
    }
    return Math.max(0, duration.getNano() > 0 ? seconds + 1 : seconds);
  }
}
