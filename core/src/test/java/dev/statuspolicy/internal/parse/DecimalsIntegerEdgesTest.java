package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.fixtures.NumberReference;
import dev.statuspolicy.fixtures.NumberTexts;
import org.junit.jupiter.api.Test;

/**
 * {@link Decimals#rejectInteger} at the edges, by name: the bounds of {@code long} and one past
 * each, {@code -0}, {@code +5}, leading zeros, 19 and 20 digits, and the length limit.
 */
class DecimalsIntegerEdgesTest {

  private static String widest(String value) {
    String text = "+" + value + "0";
    return Decimals.rejectInteger(Long.MIN_VALUE, Long.MAX_VALUE, text, 1, 1 + value.length());
  }

  @Test
  void theBoundsOfLongAreIntegersAndOnePastEachIsOutOfRange() {
    assertThat(widest("9223372036854775807")).isNull();
    assertThat(widest("-9223372036854775808")).isNull();
    assertThat(widest("+9223372036854775807")).isNull();
    assertThat(widest("9223372036854775808")).isEqualTo("is out of range");
    assertThat(widest("-9223372036854775809")).isEqualTo("is out of range");
    assertThat(widest("+9223372036854775808")).isEqualTo("is out of range");
    assertThat(widest("92233720368547758070")).isEqualTo("is out of range");
    assertThat(widest("99999999999999999999")).isEqualTo("is out of range");
    assertThat(widest("9999999999999999999")).isEqualTo("is out of range");
    assertThat(widest("-9999999999999999999")).isEqualTo("is out of range");
  }

  @Test
  void signsZerosAndLeadingZerosAreIntegers() {
    assertThat(widest("-0")).isNull();
    assertThat(widest("+0")).isNull();
    assertThat(widest("+5")).isNull();
    assertThat(widest("007")).isNull();
    assertThat(widest("0000000000000000000009223372036854775807")).isNull();
    assertThat(widest("-0000000000000000000009223372036854775808")).isNull();
    assertThat(widest("00000000000000000000009223372036854775808")).isEqualTo("is out of range");
    assertThat(widest("0".repeat(64))).isNull();
    assertThat(widest("0".repeat(65))).isEqualTo("is too long");
  }

  @Test
  void theBoundsOfTheTypeApplyToWhatTheDigitsMean() {
    assertThat(Decimals.rejectInteger(-500, 9000, "-0500", 0, 5)).isNull();
    assertThat(Decimals.rejectInteger(-500, 9000, "-501", 0, 4)).isEqualTo("is out of range");
    assertThat(Decimals.rejectInteger(-500, 9000, "+9000", 0, 5)).isNull();
    assertThat(Decimals.rejectInteger(-500, 9000, "9001", 0, 4)).isEqualTo("is out of range");
    assertThat(Decimals.rejectInteger(0, 0, "-0", 0, 2)).isNull();
    assertThat(Decimals.rejectInteger(1, 5, "-0", 0, 2)).isEqualTo("is out of range");
  }

  @Test
  void nonIntegersAreNamedSo() {
    for (String value : new String[] {"", "+", "-", "+-1", "1.0", "1e3", " 1", "1 ", "\u0661", "\uff11", "0x1"}) {
      assertThat(widest(value)).as("'%s'", value).isEqualTo("is not an integer");
    }
  }

  @Test
  void everyEdgeOfTheGeneratorsIsJudgedLikeLongParseLong() {
    for (String value : NumberTexts.EDGE_INTEGERS) {
      assertThat(widest(value)).as("%s", value).isEqualTo(
          NumberReference.rejectInteger(Long.MIN_VALUE, Long.MAX_VALUE, value));
    }
  }
}
