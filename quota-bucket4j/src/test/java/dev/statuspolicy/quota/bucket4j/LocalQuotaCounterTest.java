package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalQuotaCounterTest {

  private static final Quota THREE_PER_SECOND = Quota.perSecond("app", 3);
  private static final QuotaClaim ACME = new QuotaClaim(THREE_PER_SECOND, "acme");
  private static final QuotaClaim YR = new QuotaClaim(THREE_PER_SECOND, "yr.no");

  private final ManualTime time = new ManualTime();

  private LocalQuotaCounter counter(int maxApplications) {
    return LocalQuotaCounter.builder().maxApplications(maxApplications).timeMeter(time).build();
  }

  @Test
  void countsEachRequestOfTheWindowUntilTheLimit() {
    LocalQuotaCounter counter = counter(10);

    for (long expected = 1; expected <= 3; expected++) {
      QuotaUsage usage = counter.count(ACME);
      assertThat(usage.requests()).isEqualTo(expected);
      assertThat(usage.over()).isFalse();
      assertThat(usage.resetIn()).isEqualTo(Duration.ofSeconds(1));
    }
  }

  @Test
  void reportsEveryRefusalAsTheFirstRequestOverTheLimit() {
    LocalQuotaCounter counter = counter(10);
    for (int i = 0; i < 3; i++) {
      counter.count(ACME);
    }

    QuotaUsage fourth = counter.count(ACME);
    QuotaUsage fifth = counter.count(ACME);

    assertThat(fourth.over()).isTrue();
    assertThat(fourth.requests()).isEqualTo(4);
    assertThat(fifth.requests()).isEqualTo(4);
  }

  @Test
  void resetsWhenTheWindowThatOpenedAtTheFirstRequestEnds() {
    LocalQuotaCounter counter = counter(10);
    counter.count(ACME);
    time.advance(Duration.ofMillis(300));
    counter.count(ACME);
    counter.count(ACME);
    time.advance(Duration.ofMillis(400));

    QuotaUsage refused = counter.count(ACME);
    time.advance(Duration.ofMillis(300));
    QuotaUsage next = counter.count(ACME);

    assertThat(refused.over()).isTrue();
    assertThat(refused.resetIn()).isEqualTo(Duration.ofMillis(300));
    assertThat(next.requests()).isEqualTo(1);
    assertThat(next.resetIn()).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void countsEachApplicationApart() {
    LocalQuotaCounter counter = counter(10);
    for (int i = 0; i < 4; i++) {
      counter.count(ACME);
    }

    assertThat(counter.count(YR).requests()).isEqualTo(1);
    assertThat(counter.count(new QuotaClaim(THREE_PER_SECOND, null)).requests()).isEqualTo(1);
  }

  @Test
  void refusesANewApplicationWhenTheTableIsFullOfOpenWindows() {
    LocalQuotaCounter counter = counter(1);
    counter.count(ACME);
    time.advance(Duration.ofMillis(999));

    assertThatThrownBy(() -> counter.count(YR))
        .isInstanceOf(QuotaUnavailableException.class)
        .hasMessageContaining("maxApplications");
    assertThat(counter.count(ACME).requests()).isEqualTo(2);
  }

  @Test
  void makesRoomWhenAWindowPasses() {
    LocalQuotaCounter counter = counter(1);
    counter.count(ACME);
    time.advance(Duration.ofSeconds(1));

    assertThat(counter.count(YR).requests()).isEqualTo(1);
    assertThat(counter.applications()).isEqualTo(1);
  }

  @Test
  void droppingAPassedWindowChangesNoAnswer() {
    LocalQuotaCounter dropping = counter(1);
    ManualTime keepingTime = new ManualTime();
    LocalQuotaCounter keeping =
        LocalQuotaCounter.builder().maxApplications(10).timeMeter(keepingTime).build();
    dropping.count(ACME);
    dropping.count(ACME);
    keeping.count(ACME);
    keeping.count(ACME);
    time.advance(Duration.ofMillis(1500));
    keepingTime.advance(Duration.ofMillis(1500));
    dropping.count(YR);
    keeping.count(YR);
    time.advance(Duration.ofMillis(100));
    keepingTime.advance(Duration.ofMillis(100));

    // The dropping counter had to drop acme's passed window to count yr.no; the keeping one kept it.
    assertThat(dropping.applications()).isEqualTo(1);
    assertThat(keeping.applications()).isEqualTo(2);
    time.advance(Duration.ofMillis(1000));
    keepingTime.advance(Duration.ofMillis(1000));
    assertThat(dropping.count(ACME)).isEqualTo(keeping.count(ACME));
  }

  @Test
  void countsUpToOneRequestPerNanosecondAndNoMore() {
    LocalQuotaCounter counter = counter(10);

    assertThat(counter.count(new QuotaClaim(Quota.perSecond("most", 1_000_000_000L), "a"))
        .requests()).isEqualTo(1);
    assertThatThrownBy(() -> counter.count(new QuotaClaim(Quota.perSecond("more", 1_000_000_001L), "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesFewerThanOneApplication() {
    assertThatThrownBy(() -> LocalQuotaCounter.builder().maxApplications(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxApplications");
  }

  @Test
  void refusesANullTimeMeter() {
    assertThatThrownBy(() -> LocalQuotaCounter.builder().timeMeter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("timeMeter");
  }

  @Test
  void aQuotaNameWithAnotherLimitCountsInABucketOfItsOwn() {
    LocalQuotaCounter counter = counter(10);
    QuotaClaim ten = new QuotaClaim(Quota.perSecond("app", 10), "acme");
    counter.count(ten);

    // Shared with a policy that gives "app" 3 a second: a bucket of ten would throw here.
    assertThat(counter.count(ACME).requests()).isEqualTo(1);
    assertThat(counter.count(ten).requests()).isEqualTo(2);
  }

  @Test
  void aFullTableLooksForRoomAtMostEveryHundredMilliseconds() {
    LocalQuotaCounter counter = counter(2);
    counter.count(ACME);
    time.advance(Duration.ofMillis(1));
    counter.count(YR);
    time.advance(Duration.ofMillis(999));
    // acme's window has passed: a pass over the table finds it and makes room.
    counter.count(new QuotaClaim(THREE_PER_SECOND, "first"));
    time.advance(Duration.ofMillis(1));

    // yr.no's window has passed too, but the last pass was a millisecond ago.
    QuotaClaim second = new QuotaClaim(THREE_PER_SECOND, "second");
    assertThatThrownBy(() -> counter.count(second)).isInstanceOf(QuotaUnavailableException.class);
    time.advance(Duration.ofMillis(99));
    assertThat(counter.count(second).requests()).isEqualTo(1);
  }
}
