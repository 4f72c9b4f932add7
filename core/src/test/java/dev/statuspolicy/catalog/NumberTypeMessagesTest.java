package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The built-in number types keep their documented reasons now that they delegate to {@code
 * Decimals}: "is too long", "is not an integer", "is not a decimal number" and "is out of range",
 * each for the values that earned it before.
 */
class NumberTypeMessagesTest {

  private final ParameterType.IntegerType altitude = new ParameterType.IntegerType(-500, 9000);
  private final ParameterType.FloatType latitude = new ParameterType.FloatType(-90, 90);

  @Test
  void theIntegerTypeNamesEachReason() {
    assertThat(altitude.reject("+9000")).isNull();
    assertThat(altitude.reject("-0")).isNull();
    assertThat(altitude.reject("9001")).isEqualTo("is out of range");
    assertThat(altitude.reject("9223372036854775808")).isEqualTo("is out of range");
    assertThat(altitude.reject("1.0")).isEqualTo("is not an integer");
    assertThat(altitude.reject("")).isEqualTo("is not an integer");
    assertThat(altitude.reject("\u0661")).isEqualTo("is not an integer");
    assertThat(altitude.reject("0".repeat(65))).isEqualTo("is too long");
    assertThat(altitude.reject("x".repeat(65))).isEqualTo("is too long");
  }

  @Test
  void theFloatTypeNamesEachReason() {
    assertThat(latitude.reject("-90")).isNull();
    assertThat(latitude.reject("+60.5")).isNull();
    assertThat(latitude.reject("90.0001")).isEqualTo("is out of range");
    assertThat(latitude.reject("90.000000000000000000000001")).as("read as the double 90").isNull();
    assertThat(latitude.reject("-90.1")).isEqualTo("is out of range");
    assertThat(latitude.reject("1e1")).isEqualTo("is not a decimal number");
    assertThat(latitude.reject("NaN")).isEqualTo("is not a decimal number");
    assertThat(latitude.reject("60.")).isEqualTo("is not a decimal number");
    assertThat(latitude.reject("0".repeat(65))).isEqualTo("is too long");
    assertThat(ParameterType.FloatType.parse("0".repeat(65))).isNaN();
    assertThat(ParameterType.FloatType.parse("-59.25")).isEqualTo(-59.25);
    assertThat(ParameterType.FloatType.decimals("-59.250")).isEqualTo(3);
    assertThat(ParameterType.FloatType.decimals("59")).isZero();
  }
}
