package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTTP dates (RFC 9110 section 5.6.7): one format written, three read. */
class HttpDatesTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final long NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z").getEpochSecond();

  @Test
  void writesImfFixdateInGmt() {
    assertThat(HttpDates.format(Instant.ofEpochSecond(NOV_6_1994)))
        .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    assertThat(HttpDates.format(Instant.parse("2026-06-01T00:00:00.999Z")))
        .as("fractions of a second are dropped")
        .isEqualTo("Mon, 01 Jun 2026 00:00:00 GMT");
    assertThat(HttpDates.format(Instant.parse("0099-01-01T00:00:00Z")))
        .as("the year always has four digits")
        .isEqualTo("Thu, 01 Jan 0099 00:00:00 GMT");
    assertThat(HttpDates.format(Instant.parse("0009-01-01T00:00:00Z"))).contains(" 0009 ");
    assertThat(HttpDates.format(Instant.parse("0010-01-01T00:00:00Z"))).contains(" 0010 ");
    assertThat(HttpDates.format(Instant.parse("0100-01-01T00:00:00Z"))).contains(" 0100 ");
    assertThat(HttpDates.format(Instant.parse("0999-12-31T00:00:00Z"))).contains(" 0999 ");
    assertThat(HttpDates.format(Instant.parse("1000-01-01T00:00:00Z"))).contains(" 1000 ");
  }

  @Test
  void readsTheThreeFormsOfOneInstant() {
    assertThat(HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).isEqualTo(NOV_6_1994);
    assertThat(HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).isEqualTo(NOV_6_1994);
    assertThat(HttpDates.parse("Sun Nov  6 08:49:37 1994", NOW)).isEqualTo(NOV_6_1994);
    assertThat(HttpDates.parse("Sun Nov 16 08:49:37 1994", NOW)).isEqualTo(NOV_6_1994 + 10 * 86_400);
  }

  @Test
  void toleratesSurroundingWhitespace() {
    assertThat(HttpDates.parse("  Sun, 06 Nov 1994 08:49:37 GMT\t", NOW)).isEqualTo(NOV_6_1994);
  }

  @Test
  void placesTwoDigitYearsAtMostFiftyYearsAhead() {
    // RFC 9110: a two-digit year that would lie more than 50 years ahead means the past century
    assertThat(HttpDates.parse("Thursday, 01-Jan-76 00:00:00 GMT", NOW))
        .isEqualTo(Instant.parse("2076-01-01T00:00:00Z").getEpochSecond());
    assertThat(HttpDates.parse("Friday, 01-Jan-77 00:00:00 GMT", NOW))
        .isEqualTo(Instant.parse("1977-01-01T00:00:00Z").getEpochSecond());
    assertThat(HttpDates.parse("Wednesday, 01-Mar-26 00:00:00 GMT", NOW))
        .isEqualTo(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond());
  }

  @Test
  void clampsALeapSecond() {
    assertThat(HttpDates.parse("Wed, 31 Dec 2025 23:59:60 GMT", NOW))
        .isEqualTo(Instant.parse("2025-12-31T23:59:59Z").getEpochSecond());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "yesterday",
      "2026-03-01T12:00:00Z",
      "Sun, 06 Nov 1994 08:49:37 UTC",
      "Sun, 06 Nov 1994 08:49:37 +0000",
      "sun, 06 Nov 1994 08:49:37 GMT",
      "Sun, 06 nov 1994 08:49:37 GMT",
      "Sun, 6 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 94 08:49:37 GMT",
      "Sun, 31 Nov 1994 08:49:37 GMT",
      "Sun, 29 Feb 2026 08:49:37 GMT",
      "Sun, 06 Nov 1994 24:00:00 GMT",
      "Sun, 06 Nov 1994 08:60:00 GMT",
      "Sun, 06 Nov 1994 08:49:61 GMT",
      "Sun, 06 Nov 1994 08.49.37 GMT",
      "Sun, 00 Nov 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT",
      "Sunday, 06-Nov-1994 08:49:37 GMT",
      "Sunday, 06-Nov-94 08:49:37 UTC",
      "Sundae, 06-Nov-94 08:49:37 GMT",
      "Sun Nov  6 08:49:37 94",
      "Sun Nov 6 08:49:37 1994",
      "Sun Nov  6 08:49:37 1994 GMT",
      "Sun, 06 Nov -994 08:49:37 GMT",
      "Sun, 06 Nov 1994 08:49:37 GMT\r\nX: y",
      "Sun,\u000006 Nov 1994 08:49:37 GMT"})
  void refusesAnythingElse(String text) {
    assertThat(HttpDates.parse(text, NOW)).isEqualTo(HttpDates.INVALID);
  }

  @Test
  void theTwoDigitYear00IsACenturyYear() {
    assertThat(HttpDates.parse("Saturday, 01-Jan-00 00:00:00 GMT", NOW))
        .isEqualTo(Instant.parse("2000-01-01T00:00:00Z").getEpochSecond());
  }

  @Test
  void anyFourDigitsAreAYearEven0000() {
    assertThat(HttpDates.parse("Sat, 01 Jan 0000 00:00:00 GMT", NOW))
        .isEqualTo(java.time.LocalDate.of(0, 1, 1).toEpochDay() * 86_400);
  }
}
