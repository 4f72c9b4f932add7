package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.ParameterType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@link Decimals} refuses, by name: texts that {@link Double#parseDouble} or a lenient
 * reader would take, and ranges past {@link ParameterType#MAX_VALUE_LENGTH}; and how it counts
 * decimals where a value stands.
 */
class DecimalsGrammarTest {

  private static final List<String> NOT_DECIMALS = List.of(
      "", "+", "-", "+-1", "-+1", "1.", "-1.", ".5", "-.5", "+.5", "1..2", "1.2.3", "1e5", "1E5",
      "1e-5", "NaN", "-NaN", "Infinity", "-Infinity", "0x10", "0X1A", "1.5d", "1f", "1_000", "1,5",
      " 1", "1 ", "1 2", "\t1", "\u0661\u0662", "\u0663.\u0664", "\uff11", "\uff10.5", "1\u0000");

  private static double parseWithin(String value) {
    String text = "12" + value + "34";
    return Decimals.parse(text, 2, 2 + value.length());
  }

  @Test
  void textsOutsideTheGrammarAreNaNOnTheirOwnAndWithinDigits() {
    for (String value : NOT_DECIMALS) {
      assertThat(Decimals.parse(value, 0, value.length())).as("'%s'", value).isNaN();
      assertThat(parseWithin(value)).as("'%s' between digits", value).isNaN();
    }
  }

  @Test
  void theLimitIsOnTheRangeNotOnTheText() {
    String longest = "1" + "0".repeat(ParameterType.MAX_VALUE_LENGTH - 3) + ".5";
    assertThat(longest).hasSize(ParameterType.MAX_VALUE_LENGTH);
    assertThat(parseWithin(longest)).isEqualTo(Double.parseDouble(longest));
    assertThat(parseWithin("0" + longest)).isNaN();
    assertThat(Decimals.parse("0" + longest, 0, ParameterType.MAX_VALUE_LENGTH + 1)).isNaN();
    String padded = "9".repeat(500) + "60.5" + "9".repeat(500);
    assertThat(Decimals.parse(padded, 500, 504)).isEqualTo(60.5);
  }

  @Test
  void theSignOfZeroIsKept() {
    assertThat(Double.doubleToRawLongBits(parseWithin("-0"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Double.doubleToRawLongBits(parseWithin("-0.000"))).isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Double.doubleToRawLongBits(parseWithin("+0"))).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void decimalsAreCountedWithinTheRangeOnly() {
    assertThat(Decimals.decimals("1.25&x=3.5", 0, 4)).isEqualTo(2);
    assertThat(Decimals.decimals("x=60&y=1.5", 2, 4)).isZero();
    assertThat(Decimals.decimals("9.9960.1234", 4, 11)).isEqualTo(4);
    assertThat(Decimals.decimals("-0.000000", 0, 9)).isEqualTo(6);
  }
}
