package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Quotas: validation, and comparing usage counted in any window. */
class QuotaTest {

  private final Quota twentyPerSecond = Quota.perSecond("default", 20);

  @Test
  void usageInTheSameWindowIsOverOnlyAboveTheLimit() {
    assertThat(twentyPerSecond.exceededBy(QuotaUsage.perSecond(20, Duration.ZERO))).isFalse();
    assertThat(twentyPerSecond.exceededBy(QuotaUsage.perSecond(21, Duration.ZERO))).isTrue();
    assertThat(twentyPerSecond.exceededBy(QuotaUsage.notCounted())).isFalse();
  }

  @Test
  void usageInAnotherWindowIsComparedAsARate() {
    Duration minute = Duration.ofMinutes(1);
    assertThat(twentyPerSecond.exceededBy(new QuotaUsage(1_200, minute, Duration.ZERO))).isFalse();
    assertThat(twentyPerSecond.exceededBy(new QuotaUsage(1_201, minute, Duration.ZERO))).isTrue();
    Quota tenPerMinute = new Quota("anon", 10, minute);
    assertThat(tenPerMinute.exceededBy(QuotaUsage.perSecond(1, Duration.ZERO))).isTrue();
    assertThat(tenPerMinute.exceededBy(new QuotaUsage(1, Duration.ofSeconds(6), Duration.ZERO))).isFalse();
    assertThat(tenPerMinute.exceededBy(new QuotaUsage(1, Duration.ofMillis(5_999), Duration.ZERO))).isTrue();
    assertThat(tenPerMinute.exceededBy(new QuotaUsage(0, Duration.ofNanos(1), Duration.ZERO))).isFalse();
  }

  @Test
  void hugeCountsDoNotOverflow() {
    QuotaUsage huge = new QuotaUsage(Long.MAX_VALUE, Duration.ofSeconds(2), Duration.ZERO);
    assertThat(twentyPerSecond.exceededBy(huge)).isTrue();
    // a window too long to count in milliseconds: about 0.1 and 50 requests a second
    Duration aeons = Duration.ofSeconds(Long.MAX_VALUE / 100);
    assertThat(twentyPerSecond.exceededBy(new QuotaUsage(Long.MAX_VALUE / 1_000, aeons, Duration.ZERO))).isFalse();
    assertThat(twentyPerSecond.exceededBy(new QuotaUsage(Long.MAX_VALUE / 2, aeons, Duration.ZERO))).isTrue();
    Quota generous = new Quota("big", Long.MAX_VALUE, Duration.ofSeconds(10));
    assertThat(generous.exceededBy(new QuotaUsage(Long.MAX_VALUE, Duration.ofSeconds(1), Duration.ZERO))).isTrue();
    assertThat(generous.exceededBy(new QuotaUsage(Long.MAX_VALUE, Duration.ofSeconds(10), Duration.ZERO))).isFalse();
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
