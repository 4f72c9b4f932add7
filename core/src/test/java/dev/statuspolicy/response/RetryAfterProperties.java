package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import java.math.BigInteger;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over every non-negative delay, {@code Retry-After} is the delay rounded up to whole seconds,
 * clamped to the documented maximum, and so never smaller than a smaller delay's.
 */
class RetryAfterProperties {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();

  private static long retryAfter(Duration delay) {
    Decision decision = POLICY.decide(oslo().build(), Outcome.unavailable(delay));
    return Long.parseLong(decision.header("Retry-After"));
  }

  @Property(tries = 2000)
  void retryAfterIsTheDelayRoundedUpAndClamped(@ForAll("delays") Duration delay) {
    BigInteger seconds = BigInteger.valueOf(delay.getSeconds())
        .add(delay.getNano() > 0 ? BigInteger.ONE : BigInteger.ZERO);
    long expected = seconds.min(BigInteger.valueOf(RetryDelayTest.MAX)).longValueExact();
    long sent = retryAfter(delay);
    assertThat(sent).isEqualTo(expected).isBetween(0L, RetryDelayTest.MAX);
  }

  @Property(tries = 2000)
  void aLongerDelayNeverGetsAShorterRetryAfter(@ForAll("delays") Duration a, @ForAll("delays") Duration b) {
    Duration shorter = a.compareTo(b) <= 0 ? a : b;
    Duration longer = a.compareTo(b) <= 0 ? b : a;
    assertThat(retryAfter(longer)).isGreaterThanOrEqualTo(retryAfter(shorter));
  }

  @Provide
  Arbitrary<Duration> delays() {
    Arbitrary<Long> seconds = Arbitraries.oneOf(
        Arbitraries.longs().between(0, Long.MAX_VALUE),
        Arbitraries.longs().between(0, 100_000),
        Arbitraries.longs().between(RetryDelayTest.MAX - 3, RetryDelayTest.MAX + 3),
        Arbitraries.of(0L, Long.MAX_VALUE, Long.MAX_VALUE - 1));
    Arbitrary<Integer> nanos = Arbitraries.oneOf(
        Arbitraries.integers().between(0, 999_999_999), Arbitraries.of(0, 1, 999_999_999));
    return net.jqwik.api.Combinators.combine(seconds, nanos).as(Duration::ofSeconds);
  }
}
