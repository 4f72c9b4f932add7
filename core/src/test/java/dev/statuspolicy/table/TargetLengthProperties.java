package dev.statuspolicy.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * For any limit and any target length, row {@code target-too-long} fires exactly when the raw
 * target (path, {@code ?}, query) is longer than the limit, whatever the query holds.
 */
class TargetLengthProperties {

  private static final String PATH = "/weatherapi/forecast/3.0/compact";

  @Property(tries = 300)
  void theRowFiresExactlyWhenTheTargetIsLongerThanTheLimit(
      @ForAll @IntRange(min = 256, max = 20_000) int limit,
      @ForAll @IntRange(min = -300, max = 300) int over,
      @ForAll("filler") char filler) {
    StatusPolicy policy = Fixtures.builder().maxTargetLength(limit).build();
    String start = Fixtures.INSIDE + "&note=";
    int length = Math.max(PATH.length() + 1 + start.length(), limit + over);
    String query = start + String.valueOf(filler).repeat(length - PATH.length() - 1 - start.length());
    RequestFacts facts = Fixtures.get(PATH, query).build();

    Decision decision = policy.decide(facts, Outcome.data());

    boolean tooLong = PATH.length() + 1 + query.length() > limit;
    assertThat(decision.status() == HttpStatus.URI_TOO_LONG).isEqualTo(tooLong);
    if (!tooLong) {
      assertThat(decision.trace().verdictOf(StandardRow.TARGET_TOO_LONG.id()))
          .isEqualTo(Trace.Verdict.PASSED);
    }
  }

  @Provide
  Arbitrary<Character> filler() {
    // plain, percent-escaped and undecodable alike: the length is of the raw target
    return Arbitraries.of('a', '%', '+', '=', '&', 'ø');
  }
}
