package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A decimal is read as the double nearest its text, however many digits or decimals it has, up
 * to the longest value a type inspects: a bound check on a long coordinate must not drift.
 */
class DecimalPrecisionTest {

  private final ParameterType latitude = ParameterType.decimal(-90, 90);

  @ParameterizedTest
  @ValueSource(strings = {"12345678901234567890", "-98765432109876543210.5", "1234567890.1234567",
      "59.91273456789012345678", "0.00000000000000000000001", "-0.000000000000000000000000000125",
      "000000000000000000000000000000000000000000012.5", "9007199254740993", "123456789012345"})
  void aDecimalWithManyDigitsOrDecimalsIsReadAsTheNearestDouble(String value) {
    assertThat(ParameterType.FloatType.parse(value)).as(value).isEqualTo(Double.parseDouble(value));
  }

  @Test
  void theLongestValueATypeInspectsIsStillRead() {
    String longest = "0".repeat(ParameterType.MAX_VALUE_LENGTH - 3) + "0.5";
    assertThat(longest).hasSize(ParameterType.MAX_VALUE_LENGTH);
    assertThat(ParameterType.FloatType.parse(longest)).isEqualTo(0.5);
    assertThat(latitude.reject(longest)).isNull();
  }

  @Test
  void oneCharacterMoreIsTooLong() {
    String tooLong = "0".repeat(ParameterType.MAX_VALUE_LENGTH - 2) + "0.5";
    assertThat(ParameterType.FloatType.parse(tooLong)).isNaN();
    assertThat(latitude.reject(tooLong)).isEqualTo("is too long");
  }
}
