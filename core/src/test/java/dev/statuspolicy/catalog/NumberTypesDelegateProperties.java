package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.fixtures.Hostile;
import dev.statuspolicy.fixtures.NumberReference;
import dev.statuspolicy.fixtures.NumberTexts;
import dev.statuspolicy.internal.parse.Decimals;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link ParameterType.FloatType} and {@link ParameterType.IntegerType} judge a whole string as
 * {@link Decimals} judges it where it stands in a query, so that a value gets the same answer
 * whether the parser checks it in place or a host's own {@code Parameters} are checked; and both
 * give the answer of the plain {@code parseDouble}/{@code parseLong} reference.
 */
class NumberTypesDelegateProperties {

  @Property(tries = 2000)
  void theFloatTypeJudgesAsDecimalsAndTheReference(@ForAll("decimalTexts") String value,
      @ForAll("doubleBounds") double first, @ForAll("doubleBounds") double second) {
    ParameterType.FloatType type = new ParameterType.FloatType(Math.min(first, second), Math.max(first, second));
    String reason = type.reject(value);
    assertThat(reason).as("%s by %s", value, type)
        .isEqualTo(Decimals.rejectDecimal(type.min(), type.max(), value, 0, value.length()))
        .isEqualTo(NumberReference.rejectDecimal(type.min(), type.max(), value));
    double parsed = ParameterType.FloatType.parse(value);
    assertThat(Double.doubleToRawLongBits(parsed)).as("%s", value)
        .isEqualTo(Double.doubleToRawLongBits(Decimals.parse(value, 0, value.length())))
        .isEqualTo(Double.doubleToRawLongBits(NumberReference.parse(value)));
    if (!Double.isNaN(parsed)) {
      assertThat(ParameterType.FloatType.decimals(value)).as("%s", value)
          .isEqualTo(Decimals.decimals(value, 0, value.length()))
          .isEqualTo(NumberReference.decimals(value));
    }
  }

  @Property(tries = 2000)
  void theIntegerTypeJudgesAsDecimalsAndTheReference(@ForAll("integerTexts") String value,
      @ForAll("longBounds") long first, @ForAll("longBounds") long second) {
    ParameterType.IntegerType type = new ParameterType.IntegerType(Math.min(first, second), Math.max(first, second));
    assertThat(type.reject(value)).as("%s by %s", value, type)
        .isEqualTo(Decimals.rejectInteger(type.min(), type.max(), value, 0, value.length()))
        .isEqualTo(NumberReference.rejectInteger(type.min(), type.max(), value));
  }

  @Provide
  Arbitrary<String> decimalTexts() {
    Arbitrary<String> decimals = NumberTexts.decimals();
    return Arbitraries.frequencyOf(Tuple.of(3, decimals), Tuple.of(2, NumberTexts.spoiled(decimals)),
        Tuple.of(1, Hostile.text()), Tuple.of(1, decimals.map(d -> d + "0".repeat(64))));
  }

  @Provide
  Arbitrary<String> integerTexts() {
    Arbitrary<String> integers = NumberTexts.integers();
    return Arbitraries.frequencyOf(Tuple.of(3, integers), Tuple.of(2, NumberTexts.spoiled(integers)),
        Tuple.of(1, Hostile.text()));
  }

  @Provide
  Arbitrary<Double> doubleBounds() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-200, 200),
        Arbitraries.of(-90.0, 90.0, 0.0, -0.0, -Double.MAX_VALUE, Double.MAX_VALUE));
  }

  @Provide
  Arbitrary<Long> longBounds() {
    return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-10_000, 10_000));
  }
}
