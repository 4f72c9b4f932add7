package dev.statuspolicy.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.statuspolicy.StatusPolicy;
import io.vertx.core.http.HttpServerOptions;
import org.junit.jupiter.api.Test;

/** The server options the policy needs. */
class StatusPolicyServerOptionsTest {

  @Test
  void theOptionsListenOnLoopbackAndTakeTwiceThePolicysLongestTarget() {
    HttpServerOptions options = StatusPolicyServerOptions.of(
        StatusPolicy.builder().maxTargetLength(10_000).build());
    assertThat(options.getHost()).isEqualTo("127.0.0.1");
    assertThat(options.getMaxInitialLineLength()).isEqualTo(2 * 10_000 + 64);
  }

  @Test
  void theDefaultPolicysLimitIsAboveVertxsOwn() {
    int vertxDefault = new HttpServerOptions().getMaxInitialLineLength();
    assertThat(StatusPolicyServerOptions.of(StatusPolicy.ofDefaults()).getMaxInitialLineLength())
        .isGreaterThan(vertxDefault)
        .isGreaterThan(StatusPolicy.ofDefaults().config().maxTargetLength());
  }

  @Test
  void aNullPolicyIsRefused() {
    assertThatNullPointerException().isThrownBy(() -> StatusPolicyServerOptions.of(null))
        .withMessage("policy");
  }
}
