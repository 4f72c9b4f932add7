package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.fixtures.Hostile;
import dev.statuspolicy.fixtures.NumberReference;
import dev.statuspolicy.fixtures.NumberTexts;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link Decimals#rejectInteger} gives, for a range of a longer text, the answer of a reference
 * built on {@link Long#parseLong} for the range cut out: null, "is not an integer", "is out of
 * range" (past {@code long} or past the bounds) or "is too long". Bounds are drawn around the
 * value as often as anywhere, so that both sides of each bound are reached.
 */
class DecimalsIntegerProperties {

  @Property(tries = 3000)
  void anyTextIsJudgedAsTheLongParseLongReferenceJudgesIt(@ForAll("anyText") String value,
      @ForAll("surroundings") String before, @ForAll("surroundings") String after,
      @ForAll("bounds") long first, @ForAll("bounds") long second) {
    long min = Math.min(first, second);
    long max = Math.max(first, second);
    String text = before + value + after;
    String expected = NumberReference.rejectInteger(min, max, value);
    assertThat(Decimals.rejectInteger(min, max, text, before.length(), before.length() + value.length()))
        .as("%s in [%s, %s]", value, min, max).isEqualTo(expected);
    Statistics.label("reason").collect(expected == null ? "accepted"
        : expected.equals("is out of range") && !fitsLong(value) ? "beyond long" : expected);
    Statistics.label("reason").coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p >= 10);
      coverage.check("is out of range").percentage(p -> p >= 5);
      coverage.check("beyond long").percentage(p -> p >= 3);
      coverage.check("is not an integer").percentage(p -> p >= 10);
      coverage.check("is too long").count(n -> n > 0);
    });
  }

  @Property(tries = 2000)
  void withTheWidestBoundsOnlyTheLongRangeLimitsAValue(@ForAll("integers") String value) {
    String text = "-9" + value + "9";
    assertThat(Decimals.rejectInteger(Long.MIN_VALUE, Long.MAX_VALUE, text, 2, 2 + value.length()))
        .as("%s", value).isEqualTo(NumberReference.rejectInteger(Long.MIN_VALUE, Long.MAX_VALUE, value));
  }

  private static boolean fitsLong(String value) {
    try {
      Long.parseLong(value);
      return true;
    } catch (NumberFormatException beyond) {
      return false;
    }
  }

  @Provide
  Arbitrary<String> integers() {
    return NumberTexts.integers();
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> integers = NumberTexts.integers();
    return Arbitraries.frequencyOf(
        Tuple.of(5, integers),
        Tuple.of(2, NumberTexts.spoiled(integers)),
        Tuple.of(1, Hostile.text()),
        Tuple.of(1, Arbitraries.of("", "+", "-", "1.0", "1e3", " 1", "\u0661", "\uff11", "0x1",
            "1".repeat(65), "0".repeat(65), "-" + "0".repeat(64))));
  }

  @Provide
  Arbitrary<Long> bounds() {
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.longs()),
        Tuple.of(2, Arbitraries.longs().between(-1000, 1000)),
        Tuple.of(1, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, 1L,
            Long.MIN_VALUE + 1, Long.MAX_VALUE - 1)));
  }

  @Provide
  Arbitrary<String> surroundings() {
    return NumberTexts.surroundings();
  }
}
