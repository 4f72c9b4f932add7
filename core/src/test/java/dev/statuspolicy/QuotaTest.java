package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Quotas and their usage: validation, the verdict in the quota's own window, the remainder. */
class QuotaTest {

  private final Quota twentyPerSecond = Quota.perSecond("default", 20);

  @Test
  void aUsageIsOverOnlyAboveTheLimitOfTheClaimItWasCountedFor() {
    QuotaClaim claim = new QuotaClaim(twentyPerSecond, "Acme");
    assertThat(claim.usage(20, Duration.ZERO).over()).isFalse();
    assertThat(claim.usage(21, Duration.ZERO).over()).isTrue();
    assertThat(claim.usage(0, Duration.ZERO).over()).isFalse();
    assertThat(claim.usage(Long.MAX_VALUE, Duration.ZERO).over()).isTrue();
    QuotaClaim generous = new QuotaClaim(new Quota("big", Long.MAX_VALUE, Duration.ofSeconds(10)), null);
    assertThat(generous.usage(Long.MAX_VALUE, Duration.ZERO).over()).isFalse();
  }

  @Test
  void theRemainingRequestsAreTheLimitLessTheCountAndNeverNegative() {
    QuotaClaim claim = new QuotaClaim(twentyPerSecond, "Acme");
    assertThat(claim.usage(0, Duration.ZERO).remaining()).isEqualTo(20);
    assertThat(claim.usage(19, Duration.ZERO).remaining()).isEqualTo(1);
    assertThat(claim.usage(20, Duration.ZERO).remaining()).isZero();
    assertThat(claim.usage(Long.MAX_VALUE, Duration.ZERO).remaining()).isZero();
  }

  @Test
  void aQuotaIsLowerThanAnotherByItsRate() {
    Quota tenPerMinute = new Quota("anon", 10, Duration.ofMinutes(1));
    assertThat(tenPerMinute.isLowerThan(twentyPerSecond)).isTrue();
    assertThat(twentyPerSecond.isLowerThan(tenPerMinute)).isFalse();
    assertThat(twentyPerSecond.isLowerThan(new Quota("same", 1_200, Duration.ofMinutes(1)))).isFalse();
  }

  @Test
  void invalidQuotasAreRefusedNamingTheProblem() {
    assertThatThrownBy(() -> Quota.perSecond("Default", 20)).hasMessageContaining("name");
    assertThatThrownBy(() -> Quota.perSecond("", 20)).hasMessageContaining("name");
    assertThatThrownBy(() -> Quota.perSecond("a b", 20)).hasMessageContaining("name");
    assertThatThrownBy(() -> Quota.perSecond("a\"b", 20)).hasMessageContaining("name");
    assertThatThrownBy(() -> Quota.perSecond("default", 0)).hasMessageContaining("requests");
    assertThatThrownBy(() -> new Quota("default", 1, Duration.ZERO)).hasMessageContaining("window");
    assertThatThrownBy(() -> new Quota("default", 1, Duration.ofMillis(1_500))).hasMessageContaining("window");
    assertThatThrownBy(() -> new Quota("default", 1, Duration.ofSeconds(-1))).hasMessageContaining("window");
    assertThatThrownBy(() -> new Quota(null, 1, Duration.ofSeconds(1))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Quota("x", 1, null)).isInstanceOf(NullPointerException.class);
    assertThat(Quota.perSecond("a-b_c.1", 1).name()).isEqualTo("a-b_c.1");
  }
}
