package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.Quota;
import io.github.bucket4j.Bandwidth;

/** The bucket that counts one quota: see the package documentation for why it has this shape. */
final class BucketShape {

  private BucketShape() {}

  /** {@return capacity {@code q}, all {@code q} tokens back at the end of each window only} */
  static Bandwidth of(Quota quota) {
    return Bandwidth.builder()
        .capacity(quota.requests())
        .refillIntervally(quota.requests(), quota.window())
        .build();
  }
}
