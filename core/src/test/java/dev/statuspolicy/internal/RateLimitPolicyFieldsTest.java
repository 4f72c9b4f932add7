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
 * limit or window.
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
}
