package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The built-in parameter types, against MET's documented grammars. */
class ParameterTypeTest {

  private final ParameterType integer = ParameterType.integer(-500, 9000);
  private final ParameterType latitude = ParameterType.decimal(-90, 90);

  @ParameterizedTest
  @ValueSource(strings = {"0", "120", "+120", "-500", "9000", "0009000", "-0"})
  void anIntegerInRangeIsValid(String value) {
    assertThat(integer.reject(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "+", "-", "550.0", "1e3", "--1", "+-1", " 1", "1 ", "0x10", "١", "NaN", "1_000"})
  void anIntegerOutsideTheGrammarIsNotAnInteger(String value) {
    assertThat(integer.reject(value)).isEqualTo("is not an integer");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-501", "9001", "99999999999999999999", "-99999999999999999999"})
  void anIntegerOutOfBoundsIsOutOfRange(String value) {
    assertThat(integer.reject(value)).isEqualTo("is out of range");
  }

  @Test
  void anOverlongValueIsRejectedBeforeParsing() {
    String long65 = "1".repeat(65);
    assertThat(integer.reject(long65)).isEqualTo("is too long");
    assertThat(integer.reject("1".repeat(64))).isEqualTo("is out of range");
    assertThat(latitude.reject(long65)).isNotNull();
    assertThat(ParameterType.string().reject("a".repeat(65))).isEqualTo("is too long");
    assertThat(ParameterType.string().reject("a".repeat(64))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"60", "60.1", "+60.12345", "-90", "90.0", "-0.0", "0", "059.9"})
  void aDecimalInRangeIsValid(String value) {
    assertThat(latitude.reject(value)).isNull();
    assertThat(ParameterType.FloatType.parse(value)).isEqualTo(Double.parseDouble(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "NaN", "Infinity", "1e3", "1E3", "--1", "60.", ".5", "1..2", "60,5", "+", "0x1",
      "60.1.2", "6 0", "６０", "60d", "60f"})
  void aDecimalOutsideTheGrammarIsRejected(String value) {
    assertThat(latitude.reject(value)).isNotNull().isNotEqualTo("is out of range");
    assertThat(ParameterType.FloatType.parse(value)).isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"90.0001", "-90.0001", "91", "1000000000000000000000000"})
  void aDecimalOutOfBoundsIsOutOfRange(String value) {
    assertThat(latitude.reject(value)).isEqualTo("is out of range");
  }

  @Test
  void decimalsCountsTheDigitsAfterThePoint() {
    assertThat(ParameterType.FloatType.decimals("60")).isZero();
    assertThat(ParameterType.FloatType.decimals("60.1")).isEqualTo(1);
    assertThat(ParameterType.FloatType.decimals("+60.12345")).isEqualTo(5);
    assertThat(ParameterType.FloatType.decimals("-0.0000")).isEqualTo(4);
  }

  @Test
  void aStringIsALetterFollowedByLettersDigitsOrUnderscore() {
    ParameterType word = ParameterType.string();
    assertThat(word.reject("air_temperature2")).isNull();
    assertThat(word.reject("A")).isNull();
    assertThat(word.reject("")).isNotNull();
    assertThat(word.reject("2air")).isNotNull();
    assertThat(word.reject("_air")).isNotNull();
    assertThat(word.reject("air-temp")).isNotNull();
    assertThat(word.reject("lufttemperatur_ø")).isNotNull();
    assertThat(ParameterType.StringType.isIdentifier("a_1")).isTrue();
    assertThat(ParameterType.StringType.isIdentifier("a b")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T12:00:00Z", "2024-02-29T23:59:59Z", "0001-01-01T00:00:00Z"})
  void aUtcDateTimeIsValid(String value) {
    assertThat(ParameterType.dateTime().reject(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-01T12:00:00", "2026-03-01T12:00:00+01:00", "2026-03-01 12:00:00Z",
      "2025-02-29T12:00:00Z", "2026-13-01T12:00:00Z", "2026-00-01T12:00:00Z", "2026-04-31T12:00:00Z",
      "2026-03-00T12:00:00Z", "2026-03-01T24:00:00Z", "2026-03-01T12:60:00Z", "2026-03-01T12:00:60Z",
      "2026-03-01T12:00:00z", "2026/03/01T12:00:00Z", "2026-03-01T12-00-00Z", "", "x"})
  void anythingElseIsNotAUtcDateTime(String value) {
    assertThat(ParameterType.dateTime().reject(value)).isNotNull();
  }

  @Test
  void aDateIsYearMonthDay() {
    ParameterType date = ParameterType.date();
    assertThat(date.reject("2026-03-01")).isNull();
    assertThat(date.reject("2024-02-29")).isNull();
    assertThat(date.reject("2025-02-29")).isNotNull();
    assertThat(date.reject("2026-3-1")).isNotNull();
    assertThat(date.reject("2026-03-01T00:00:00Z")).isNotNull();
    assertThat(date.reject("20260301")).isNotNull();
    assertThat(date.reject("2026-03-0a")).isNotNull();
    assertThat(date.reject("2026.03-01")).isNotNull();
    assertThat(date.reject("2026-01-01")).isNull();
    assertThat(date.reject("2026-12-31")).isNull();
    assertThat(date.reject("2026-00-10")).isNotNull();
    assertThat(date.reject("2026-13-10")).isNotNull();
    assertThat(date.reject("2026-01-00")).isNotNull();
    assertThat(date.reject("2026-03.01")).isNotNull();
  }

  @Test
  void anOffsetIsSignedHoursAndMinutesWithinBounds() {
    ParameterType offset = ParameterType.offset(-720, 900);
    assertThat(offset.reject("+01:00")).isNull();
    assertThat(offset.reject("-12:00")).isNull();
    assertThat(offset.reject("+15:00")).isNull();
    assertThat(offset.reject("+05:45")).isNull();
    assertThat(offset.reject("-12:01")).isEqualTo("is out of range");
    assertThat(offset.reject("+15:01")).isEqualTo("is out of range");
    assertThat(offset.reject("01:00")).isNotNull().isNotEqualTo("is out of range");
    assertThat(offset.reject("+1:00")).isNotNull();
    assertThat(offset.reject("+01:60")).isNotNull().isNotEqualTo("is out of range");
    assertThat(offset.reject("+01:59")).isNull();
    assertThat(offset.reject("+01:60")).isEqualTo("is not an offset of the form +HH:MM or -HH:MM");
    assertThat(offset.reject("01:00")).isEqualTo("is not an offset of the form +HH:MM or -HH:MM");
    assertThat(ParameterType.offset(-599, 0).describe()).isEqualTo("an offset from -09:59 to +00:00");
    assertThat(ParameterType.offset(-610, 610).describe()).isEqualTo("an offset from -10:10 to +10:10");
    assertThat(offset.reject("+01-00")).isNotNull();
    assertThat(offset.reject("+0a:00")).isNotNull();
    assertThat(offset.reject("+01:0a")).isNotNull();
    assertThat(offset.reject(" 01:00")).isNotNull();
    assertThat(offset.describe()).isEqualTo("an offset from -12:00 to +15:00");
    assertThat(ParameterType.offset(-30, 5).describe()).isEqualTo("an offset from -00:30 to +00:05");
  }

  @Test
  void oneOfAcceptsExactlyItsValues() {
    ParameterType format = ParameterType.oneOf("json", "xml");
    assertThat(format.reject("json")).isNull();
    assertThat(format.reject("JSON")).isEqualTo("is not one of json, xml");
    assertThat(format.describe()).isEqualTo("one of json, xml");
    assertThatThrownBy(ParameterType::oneOf).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void descriptionsStateTheBounds() {
    assertThat(integer.describe()).isEqualTo("an integer from -500 to 9000");
    assertThat(latitude.describe()).isEqualTo("a decimal number from -90 to 90");
    assertThat(ParameterType.decimal(-0.5, 1.25).describe()).isEqualTo("a decimal number from -0.5 to 1.25");
    assertThat(ParameterType.string().describe()).contains("letter");
    assertThat(ParameterType.dateTime().describe()).contains("YYYY-MM-DDTHH:MM:SSZ");
    assertThat(ParameterType.date().describe()).contains("YYYY-MM-DD");
  }

  @Test
  void invalidBoundsAreRefused() {
    assertThatThrownBy(() -> ParameterType.integer(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParameterType.decimal(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParameterType.decimal(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParameterType.decimal(0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ParameterType.offset(60, -60)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ParameterType.integer(1, 1).reject("1")).isNull();
  }

  @Test
  void parameterSpecsNameValidParameters() {
    assertThat(ParameterSpec.latitude()).isEqualTo(ParameterSpec.required("lat", ParameterType.decimal(-90, 90)));
    assertThat(ParameterSpec.longitude().required()).isTrue();
    assertThat(ParameterSpec.optional("altitude", integer).required()).isFalse();
    assertThatThrownBy(() -> ParameterSpec.required("2lat", integer)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2lat");
    assertThatThrownBy(() -> ParameterSpec.required("la t", integer)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStringMayUseEveryLetterAndDigitButNothingJustBesideThem() {
    ParameterType word = ParameterType.string();
    for (String valid : new String[] {"a", "z", "A", "Z", "zaZA09_"}) {
      assertThat(word.reject(valid)).as(valid).isNull();
    }
    for (String invalid : new String[] {"`", "{", "@", "[", "a`", "a{", "a@", "a[", "a/", "a:"}) {
      assertThat(word.reject(invalid)).as(invalid).isNotNull();
    }
  }
}
