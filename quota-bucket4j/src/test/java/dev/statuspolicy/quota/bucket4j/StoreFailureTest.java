package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.QuotaUnavailableException;
import io.github.bucket4j.BucketExceptions;
import io.lettuce.core.RedisConnectionException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Which failures are a store that could not count, and which are faults of the code. */
class StoreFailureTest {

  @Test
  void bucket4jsOwnRequestTimeoutIsAStoreThatCouldNotCount() {
    QuotaUnavailableException unavailable = StoreFailure.asUnavailable(
        StoreFailure.unwrap(new CompletionException(BucketExceptions.timeoutReached(51_000_000, 50_000_000))));

    assertThat(unavailable).isNotNull().hasMessageContaining("timeout")
        .hasCauseInstanceOf(io.github.bucket4j.TimeoutException.class);
  }

  @Test
  void timeoutsAndRedisFailuresAreOutagesAndEverythingElseIsAFault() {
    assertThat(StoreFailure.asUnavailable(new TimeoutException())).isNotNull();
    assertThat(StoreFailure.asUnavailable(new RedisConnectionException("refused"))).isNotNull();
    assertThat(StoreFailure.asUnavailable(new IllegalArgumentException("a bug"))).isNull();
    assertThat(StoreFailure.asUnavailable(new NullPointerException())).isNull();
  }

  @Test
  void aConnectionResetUnderACommandIsAStoreThatCouldNotCount() {
    // What Lettuce fails a command in flight with when Redis is killed: a raw IOException, or a
    // subclass of it (Netty's NativeIoException).
    IOException reset = new IOException("Connection reset by peer");
    QuotaUnavailableException unavailable =
        StoreFailure.asUnavailable(StoreFailure.unwrap(new CompletionException(reset)));

    assertThat(unavailable).isNotNull().hasCause(reset);
    assertThat(StoreFailure.asUnavailable(new java.net.SocketException("reset"))).isNotNull();
  }
}
