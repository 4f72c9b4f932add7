package dev.statuspolicy.quota.bucket4j;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A clock the test moves by hand, so that no test sleeps to see a window pass. */
final class ManualTime implements TimeMeter {

  private final AtomicLong nanos;

  /** Starts at the wall clock's present, as Bucket4j's distributed buckets expect. */
  ManualTime() {
    this.nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000L);
  }

  void advance(Duration duration) {
    nanos.addAndGet(duration.toNanos());
  }

  @Override
  public long currentTimeNanos() {
    return nanos.get();
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
