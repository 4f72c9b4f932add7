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
 * {@link Decimals#parse} reads a range of a longer text exactly as {@link Double#parseDouble}
 * reads the range cut out, bit for bit (the sign of zero included), on both sides of its exact
 * one-division path; and anything outside the grammar, or too long, reads as NaN. The text
 * around the range is digits and signs, so a reader that looks past either end is caught.
 */
class DecimalsParseProperties {

  @Property(tries = 3000)
  void aDecimalOfTheGrammarReadsAsParseDoubleReadsIt(@ForAll("decimals") String value,
      @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
    String text = before + value + after;
    double parsed = Decimals.parse(text, before.length(), before.length() + value.length());
    assertThat(Double.doubleToRawLongBits(parsed)).as("%s", value)
        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(value)));
    Statistics.label("path").collect(NumberReference.shortDecimal(value) ? "one division" : "full");
    Statistics.label("path").coverage(coverage -> {
      coverage.check("one division").percentage(p -> p >= 20);
      coverage.check("full").percentage(p -> p >= 20);
    });
  }

  @Property(tries = 3000)
  void anyTextReadsAsTheReferenceReadsIt(@ForAll("anyText") String value,
      @ForAll("surroundings") String before, @ForAll("surroundings") String after) {
    String text = before + value + after;
    double parsed = Decimals.parse(text, before.length(), before.length() + value.length());
    double expected = NumberReference.parse(value);
    assertThat(Double.doubleToRawLongBits(parsed)).as("%s", value)
        .isEqualTo(Double.doubleToRawLongBits(expected));
    Statistics.label("grammar").collect(Double.isNaN(expected) ? "refused" : "read");
    Statistics.label("grammar").coverage(coverage -> {
      coverage.check("refused").percentage(p -> p >= 20);
      coverage.check("read").percentage(p -> p >= 10);
    });
  }

  @Property(tries = 1000)
  void aRangeLongerThanTheLimitIsNaNEvenInTheGrammar(@ForAll("tooLong") String value,
      @ForAll("surroundings") String before) {
    String text = before + value;
    assertThat(Decimals.parse(text, before.length(), text.length())).as("%s", value).isNaN();
    assertThat(Decimals.rejectDecimal(-1e300, 1e300, text, before.length(), text.length()))
        .isEqualTo("is too long");
  }

  @Property(tries = 2000)
  void rejectDecimalAndDecimalsAgreeWithTheReferenceWithinAnyBounds(@ForAll("anyText") String value,
      @ForAll("surroundings") String before, @ForAll("surroundings") String after,
      @ForAll("bounds") double first, @ForAll("bounds") double second) {
    double min = Math.min(first, second);
    double max = Math.max(first, second);
    String text = before + value + after;
    int from = before.length();
    int to = from + value.length();
    String expected = NumberReference.rejectDecimal(min, max, value);
    assertThat(Decimals.rejectDecimal(min, max, text, from, to)).as("%s in [%s, %s]", value, min, max)
        .isEqualTo(expected);
    if (!Double.isNaN(NumberReference.parse(value))) {
      assertThat(Decimals.decimals(text, from, to)).as("%s", value).isEqualTo(NumberReference.decimals(value));
    }
    Statistics.label("reason").collect(expected == null ? "accepted" : expected);
    Statistics.label("reason").coverage(coverage -> {
      coverage.check("accepted").count(n -> n > 0);
      coverage.check("is out of range").count(n -> n > 0);
      coverage.check("is not a decimal number").count(n -> n > 0);
    });
  }

  @Provide
  Arbitrary<String> decimals() {
    return NumberTexts.decimals();
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> decimals = NumberTexts.decimals();
    return Arbitraries.frequencyOf(
        Tuple.of(3, decimals),
        Tuple.of(3, NumberTexts.spoiled(decimals)),
        Tuple.of(2, Hostile.text()),
        Tuple.of(1, Arbitraries.of("", "+", "-", "1.", ".5", "1..2", "1e5", "NaN",
            "Infinity", "0x10", " 1", "1 ", "\u0661\u0662", "\uff11", "1.5d", "1f", "-", "+-1")));
  }

  @Provide
  Arbitrary<String> tooLong() {
    return NumberTexts.decimals().filter(v -> v.length() > 20)
        .map(v -> v + "0".repeat(65 - v.length() + (v.length() % 7)))
        .map(v -> v.contains(".") ? v : v + ".5");
  }

  @Provide
  Arbitrary<String> surroundings() {
    return NumberTexts.surroundings();
  }

  @Provide
  Arbitrary<Double> bounds() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(-1e20, 1e20),
        Arbitraries.doubles().between(-200, 200).ofScale(3),
        Arbitraries.of(0.0, -0.0, 90.0, -90.0, 1e300, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE));
  }
}
