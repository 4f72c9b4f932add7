package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.decision.Header;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code RateLimit-Policy} field of a quota is written once and kept by identity: each quota
 * must still get its own, with more quotas than slots, and with quotas equal in name but not in
 * limit or window. The {@code RateLimit} field of an exhausted quota is kept too, the last one,
 * and must follow both the quota and the delay.
 */
class RateLimitPolicyFieldsTest {

  @Test
  void moreQuotasThanSlotsEachGetTheirOwnField() {
    List<Quota> quotas = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      quotas.add(new Quota(i % 2 == 0 ? "app" : "app-" + i, 10 + i, Duration.ofSeconds(1 + i % 7)));
    }
    for (int round = 0; round < 3; round++) {
      for (Quota quota : quotas) {
        assertThat(RateLimitHeaders.policy(quota)).isEqualTo(new Header("RateLimit-Policy",
            "\"" + quota.name() + "\";q=" + quota.requests() + ";w=" + quota.window().getSeconds()));
      }
    }
  }

  @Test
  void theSameQuotaGetsTheSameFieldObject() {
    Quota quota = new Quota("identified", 20, Duration.ofSeconds(1));
    Header first = RateLimitHeaders.policy(quota);
    assertThat(RateLimitHeaders.policy(quota)).isSameAs(first);
    assertThat(first.value()).isEqualTo("\"identified\";q=20;w=1");
  }

  @Test
  void theExhaustedFieldFollowsEachQuotaAndDelayWhenTheyAlternate() {
    Quota one = new Quota("app", 20, Duration.ofSeconds(1));
    Quota equal = new Quota("app", 20, Duration.ofSeconds(1));
    Quota other = new Quota("anonymous", 5, Duration.ofMinutes(1));
    for (int round = 0; round < 3; round++) {
      assertThat(RateLimitHeaders.exhausted(one, 1).value()).isEqualTo("\"app\";r=0;t=1");
      assertThat(RateLimitHeaders.exhausted(one, 7).value()).isEqualTo("\"app\";r=0;t=7");
      assertThat(RateLimitHeaders.exhausted(equal, 7).value()).isEqualTo("\"app\";r=0;t=7");
      assertThat(RateLimitHeaders.exhausted(other, 7).value()).isEqualTo("\"anonymous\";r=0;t=7");
      assertThat(RateLimitHeaders.exhausted(other, 60).value()).isEqualTo("\"anonymous\";r=0;t=60");
    }
    assertThat(RateLimitHeaders.exhausted(other, 60).name()).isEqualTo("RateLimit");
  }
}
