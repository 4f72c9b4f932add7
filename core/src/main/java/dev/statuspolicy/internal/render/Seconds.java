package dev.statuspolicy.internal.render;

import java.time.Duration;

/** Whole seconds for {@code Retry-After} and friends: rounded up, at least 0. */
public final class Seconds {

  private Seconds() {}

  /**
   * Rounds a duration up to whole seconds.
   *
   * @param duration a non-negative duration
   * @return the seconds, rounded up
   */
  public static long ceil(Duration duration) {
    long seconds = duration.getSeconds();
    return Math.max(0, duration.getNano() > 0 ? seconds + 1 : seconds);
  }
}
