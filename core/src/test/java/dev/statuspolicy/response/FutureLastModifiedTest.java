package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.NOW;
import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A {@code Last-Modified} later than the policy's clock is sent as the clock's time (RFC 9110
 * section 8.8.2.1), and a client that echoes it in {@code If-Modified-Since} gets its 304.
 */
class FutureLastModifiedTest {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  /** An hour after the fixture's clock. */
  private static final Instant AHEAD = NOW.plus(Duration.ofHours(1));
  private static final String NOW_TEXT = "Sun, 01 Mar 2026 12:00:00 GMT";

  private static Outcome ahead() {
    return Outcome.data(new Validators(AHEAD, null, null));
  }

  @Test
  void aLastModifiedLaterThanTheClockIsSentAsTheClocksTime() {
    Decision ok = POLICY.decide(oslo().build(), ahead());
    assertThat(ok.status()).isEqualTo(HttpStatus.OK);
    assertThat(ok.header("Last-Modified")).isEqualTo(NOW_TEXT);

    Decision beta = POLICY.decide(oslo(ResponseFixtures.BETA).build(), ahead());
    assertThat(beta.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(beta.header("Last-Modified")).isEqualTo(NOW_TEXT);

    Decision deprecated = POLICY.decide(oslo(ResponseFixtures.DEPRECATED).build(), ahead());
    assertThat(deprecated.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(deprecated.header("Last-Modified")).isEqualTo(NOW_TEXT);

    Decision byTag = POLICY.decide(oslo().header("If-None-Match", "*").build(), ahead());
    assertThat(byTag.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(byTag.header("Last-Modified")).isEqualTo(NOW_TEXT);

    Decision exactlyNow = POLICY.decide(oslo().build(), Outcome.data(new Validators(NOW, null, null)));
    assertThat(exactlyNow.header("Last-Modified")).as("the clock's own time is not later").isEqualTo(NOW_TEXT);
  }

  @Test
  void aClientEchoingTheClampedDateGetsItsThreeOhFour() {
    String sent = POLICY.decide(oslo().build(), ahead()).header("Last-Modified");
    Decision echo = POLICY.decide(oslo().header("If-Modified-Since", sent).build(), ahead());
    assertThat(echo.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(echo.header("Last-Modified")).isEqualTo(sent);

    Decision earlier = POLICY.decide(
        oslo().header("If-Modified-Since", "Sun, 01 Mar 2026 11:59:59 GMT").build(), ahead());
    assertThat(earlier.status()).as("a date before the one stated is still modified").isEqualTo(HttpStatus.OK);
  }

  @Test
  void onceTheClockMovesOnAnEchoedClampedDateIsModifiedButTheEtagStillMatches() {
    MutableClock clock = new MutableClock(NOW);
    StatusPolicy policy = ResponseFixtures.policyBuilder().clock(clock).build();
    Outcome data = Outcome.data(new Validators(NOW.plusSeconds(3_600), null, "\"v7\""));
    String sent = policy.decide(oslo().build(), data).header("Last-Modified");
    clock.now = NOW.plusSeconds(5);

    Decision byDate = policy.decide(oslo().header("If-Modified-Since", sent).build(), data);
    Decision byTag = policy.decide(oslo().header("If-None-Match", "\"v7\"").build(), data);
    assertThat(byDate.status()).as("the stated date has moved on with the clock").isEqualTo(HttpStatus.OK);
    assertThat(byDate.header("Last-Modified")).isEqualTo(HttpDates.format(NOW.plusSeconds(5)));
    assertThat(byTag.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
  }

  @Test
  void theRememberedHeadersNeverKeepAClampedDateOnceTheClockPassesIt() {
    MutableClock clock = new MutableClock(NOW);
    StatusPolicy policy = ResponseFixtures.policyBuilder().clock(clock).build();
    Outcome data = ahead();
    assertThat(policy.decide(oslo().build(), data).header("Last-Modified")).isEqualTo(NOW_TEXT);
    assertThat(policy.decide(oslo().header("If-None-Match", "*").build(), data).header("Last-Modified"))
        .isEqualTo(NOW_TEXT);

    clock.now = NOW.plus(Duration.ofMinutes(30));
    assertThat(policy.decide(oslo().build(), data).header("Last-Modified"))
        .isEqualTo("Sun, 01 Mar 2026 12:30:00 GMT");
    assertThat(policy.decide(oslo().header("If-None-Match", "*").build(), data).header("Last-Modified"))
        .isEqualTo("Sun, 01 Mar 2026 12:30:00 GMT");

    clock.now = NOW.plus(Duration.ofHours(2));
    assertThat(policy.decide(oslo().build(), data).header("Last-Modified"))
        .as("once the clock has passed it, the document's own date")
        .isEqualTo("Sun, 01 Mar 2026 13:00:00 GMT");
    assertThat(policy.decide(oslo().build(), data).header("Last-Modified"))
        .isEqualTo("Sun, 01 Mar 2026 13:00:00 GMT");

    clock.now = NOW;
    assertThat(policy.decide(oslo().build(), data).header("Last-Modified"))
        .as("a clock set back makes the date future again").isEqualTo(NOW_TEXT);
    assertThat(policy.decide(oslo().header("If-None-Match", "*").build(), data).header("Last-Modified"))
        .isEqualTo(NOW_TEXT);
  }

  /** A clock a test sets by hand. */
  private static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
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
      return now;
    }
  }
}
