package dev.statuspolicy.quota;

import static dev.statuspolicy.fixtures.Fixtures.VALIDATORS;
import static dev.statuspolicy.fixtures.Fixtures.fine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For any limit, window and sequence of counts, the verdict is exactly {@code count > limit} in
 * the named window, and the numbers of {@code Retry-After}, {@code RateLimit} and {@code
 * RateLimit-Policy} agree with each other and with what the counter reported.
 */
class QuotaProperties {

  private static final Pattern POLICY = Pattern.compile("\"q\";q=(\\d+);w=(\\d+)");
  private static final Pattern LIMIT = Pattern.compile("\"q\";r=(\\d+);t=(\\d+)");

  /** One count as the counter reports it: the requests in the window and the reset, in millis. */
  record Count(long requests, long resetMillis) {}

  record Case(long limit, long windowSeconds, List<Count> counts) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Long> limits = Arbitraries.oneOf(Arbitraries.longs().between(1, 50),
        Arbitraries.longs().between(1, 1_000_000));
    Arbitrary<Long> windows = Arbitraries.oneOf(Arbitraries.of(1L, 60L, 3_600L, 86_400L),
        Arbitraries.longs().between(1, 1_000_000));
    return Combinators.combine(limits, windows).flatAs((limit, window) -> {
      Arbitrary<Long> requests = Arbitraries.oneOf(
          Arbitraries.longs().between(Math.max(0, limit - 3), limit + 3),
          Arbitraries.longs().between(0, 3 * limit));
      Arbitrary<Long> resets = Arbitraries.oneOf(Arbitraries.of(0L, 1L, 999L, 1_000L, 1_001L),
          Arbitraries.longs().between(0, window * 1_000)).map(m -> Math.min(m, window * 1_000));
      return Combinators.combine(requests, resets).as(Count::new).list().ofMinSize(1).ofMaxSize(8)
          .map(counts -> new Case(limit, window, counts));
    });
  }

  @Property(tries = 300)
  void theVerdictIsTheCountAgainstTheLimitAndTheHeadersAgree(@ForAll("cases") Case c) {
    Quota quota = new Quota("q", c.limit(), Duration.ofSeconds(c.windowSeconds()));
    AtomicInteger next = new AtomicInteger();
    StatusPolicy policy = Fixtures.builder()
        .identifiedQuota(quota)
        .unidentifiedQuota(new Quota("u", 1, quota.window().multipliedBy(c.limit() + 1)))
        .rateLimitHeadersOnSuccess(true)
        .quotaCounter(claim -> {
          Count count = c.counts().get(next.getAndIncrement());
          return claim.usage(count.requests(), Duration.ofMillis(count.resetMillis()));
        })
        .build();
    for (Count count : c.counts()) {
      Decision decision = policy.decide(fine().build(), dev.statuspolicy.outcome.Outcome.data(VALIDATORS));
      boolean over = count.requests() > c.limit();
      assertThat(decision.status()).as("%s of %s", count, quota)
          .isEqualTo(over ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.OK);

      Matcher advertised = POLICY.matcher(decision.header("RateLimit-Policy"));
      assertThat(advertised.matches()).isTrue();
      assertThat(Long.parseLong(advertised.group(1))).isEqualTo(c.limit());
      assertThat(Long.parseLong(advertised.group(2))).isEqualTo(c.windowSeconds());

      Matcher limit = LIMIT.matcher(decision.header("RateLimit"));
      assertThat(limit.matches()).isTrue();
      long remaining = Long.parseLong(limit.group(1));
      long t = Long.parseLong(limit.group(2));
      assertThat(remaining).isEqualTo(Math.max(0, c.limit() - count.requests()));
      long resetSeconds = (count.resetMillis() + 999) / 1_000;
      assertThat(t).as("whole seconds until the window has room, rounded up, at least 1")
          .isEqualTo(Math.max(1, resetSeconds))
          .isLessThanOrEqualTo(c.windowSeconds());
      if (over) {
        assertThat(decision.header("Retry-After")).isEqualTo(Long.toString(t));
      } else {
        assertThat(decision.header("Retry-After")).isNull();
      }
    }
  }
}
