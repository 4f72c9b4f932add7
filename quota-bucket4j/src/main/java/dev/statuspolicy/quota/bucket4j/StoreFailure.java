package dev.statuspolicy.quota.bucket4j;

import dev.statuspolicy.QuotaUnavailableException;
import io.lettuce.core.RedisException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** Tells a store that could not count from a fault of the counting code. */
final class StoreFailure {

  private StoreFailure() {}

  /** {@return the failure without the wrappers futures add} */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Returns the failure as the counter reports it: a store that is down, unreachable, closed or
   * slower than the timeout becomes {@link QuotaUnavailableException}; null for anything else,
   * a fault of the code, which the caller passes on as it is.
   */
  static @Nullable QuotaUnavailableException asUnavailable(Throwable cause) {
    if (cause instanceof QuotaUnavailableException unavailable) {
      return unavailable;
    }
    if (cause instanceof TimeoutException) {
      return new QuotaUnavailableException(
          "Redis did not answer within the counter's timeout", cause);
    }
    if (cause instanceof io.github.bucket4j.TimeoutException) {
      // Bucket4j's own request timeout: its compare-and-swap lost to other nodes' counts of the
      // same key until the time was up, which a hot application's burst over a cluster does
      return new QuotaUnavailableException(
          "Redis did not count within the counter's timeout: the bucket was contended", cause);
    }
    // A connection reset under a command in flight (Redis killed, an RST) fails it with a raw
    // IOException, or Netty's NativeIoException, one of its subclasses.
    if (cause instanceof RedisException || cause instanceof CancellationException
        || cause instanceof IOException || cause instanceof UncheckedIOException) {
      return new QuotaUnavailableException(
          "Redis could not count: " + cause.getClass().getName(), cause);
    }
    return null;
  }
}
