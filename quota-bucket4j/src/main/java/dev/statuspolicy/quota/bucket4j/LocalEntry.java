package dev.statuspolicy.quota.bucket4j;

import io.github.bucket4j.Bucket;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One application's bucket in the in-process table, with the time it is full again. From then
 * on it holds nothing a new bucket would not, so it is retired: once retired, it is never
 * counted in again, and a count that raced with the retirement is made again in a new bucket.
 */
final class LocalEntry {

  /** The {@link #fullAt} of a retired entry. */
  private static final long RETIRED = Long.MIN_VALUE;

  final Bucket bucket;
  private final AtomicLong fullAt;

  LocalEntry(Bucket bucket, long fullAt) {
    this.bucket = bucket;
    this.fullAt = new AtomicLong(fullAt);
  }

  /**
   * Returns whether the entry may still be counted in at {@code now}; retires it when its bucket
   * is full again by then.
   */
  boolean liveAt(long now) {
    while (true) {
      long full = fullAt.get();
      if (full == RETIRED) {
        return false;
      }
      if (now - full < 0) {
        return true;
      }
      if (fullAt.compareAndSet(full, RETIRED)) {
        return false;
      }
    }
  }

  /**
   * Records that the bucket is not full before {@code full}, after a count; returns false when
   * the entry was retired meanwhile, and the count must be made again.
   */
  boolean countedUntil(long full) {
    while (true) {
      long current = fullAt.get();
      if (current == RETIRED) {
        return false;
      }
      if (full - current <= 0 || fullAt.compareAndSet(current, full)) {
        return true;
      }
    }
  }

  /** {@return the earliest time the entry can be retired; never before, as it only grows} */
  long fullAt() {
    return fullAt.get();
  }
}
