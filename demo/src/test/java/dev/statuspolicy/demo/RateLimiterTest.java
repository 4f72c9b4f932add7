package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The demo's request counter counts per window and forgets applications whose window ended. */
class RateLimiterTest {

  private static final Quota PER_SECOND = Quota.perSecond("default", 20);

  /** A clock the test moves by hand. */
  private static final class MovingClock extends Clock {
    private long millis = Instant.parse("2026-06-01T10:00:00Z").toEpochMilli();

    void advance(long by) {
      millis += by;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    @Override
    public long millis() {
      return millis;
    }
  }

  private final MovingClock clock = new MovingClock();
  private final RateLimiter limiter = new RateLimiter(clock);

  private QuotaUsage count(String application) {
    return limiter.count(new QuotaClaim(PER_SECOND, application));
  }

  @Test
  void aMillionDistinctAgentsOnAMovingClockLeaveABoundedNumberOfWindows() {
    int perSecond = 1000; // one new application every millisecond
    int most = 0;
    for (int agent = 0; agent < 1_000_000; agent++) {
      clock.advance(1);
      count("Agent" + agent);
      most = Math.max(most, limiter.entries());
    }

    // at most one second of applications is live; the sweep lets the map double past that,
    // plus the fewest counts between sweeps
    assertThat(most).as("most windows kept at once").isLessThanOrEqualTo(2 * perSecond + RateLimiter.SWEEP_EVERY);
    assertThat(limiter.entries()).isLessThanOrEqualTo(2 * perSecond + RateLimiter.SWEEP_EVERY);
  }

  @Test
  void requestsInOneWindowAddUpAndTheNextWindowStartsAgain() {
    clock.advance(250); // a quarter into a window: windows start at whole seconds
    QuotaUsage first = count("AcmeWeather");
    QuotaUsage second = count("AcmeWeather");
    QuotaUsage other = count("OtherApp");
    clock.advance(1000);
    QuotaUsage nextWindow = count("AcmeWeather");

    assertThat(first.requests()).isEqualTo(1);
    assertThat(first.resetIn()).isEqualTo(Duration.ofMillis(750));
    assertThat(second.requests()).isEqualTo(2);
    assertThat(other.requests()).isEqualTo(1);
    assertThat(nextWindow.requests()).isEqualTo(1);
    assertThat(nextWindow.resetIn()).isEqualTo(Duration.ofMillis(750));
  }

  @Test
  void aSweepKeepsTheCountOfAnApplicationWhoseWindowIsStillOpen() {
    count("Steady");
    clock.advance(1000); // every window so far has ended
    count("Steady");
    for (int agent = 0; agent < 3 * RateLimiter.SWEEP_EVERY; agent++) {
      count("Passing" + agent); // enough counts for sweeps, all in the same window
    }

    assertThat(count("Steady").requests()).isEqualTo(2);
    clock.advance(1000);
    assertThat(count("Steady").requests()).isEqualTo(1);
  }
}
