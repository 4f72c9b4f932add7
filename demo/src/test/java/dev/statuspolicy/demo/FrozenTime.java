package dev.statuspolicy.demo;

import io.github.bucket4j.TimeMeter;

/**
 * Bucket4j time that stands still, as the HTTP checks' fixed clock does: a window the checks
 * open never closes while they run, so a count depends on the requests alone.
 */
final class FrozenTime implements TimeMeter {

  @Override
  public long currentTimeNanos() {
    return 0;
  }

  @Override
  public boolean isWallClockBased() {
    return false;
  }
}
