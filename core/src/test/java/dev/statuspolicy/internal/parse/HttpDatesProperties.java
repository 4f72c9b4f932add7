package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** HTTP dates over generated instants and generated text. */
class HttpDatesProperties {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

  @Property(tries = 1000)
  void whatIsWrittenIsReadBack(@ForAll("seconds") long epochSecond) {
    String written = HttpDates.format(Instant.ofEpochSecond(epochSecond));
    assertThat(written).hasSize(29).endsWith(" GMT");
    assertThat(HttpDates.parse(written, NOW)).isEqualTo(epochSecond);
  }

  @Property(tries = 1000)
  void writingAgreesWithTheJdkRfc1123Formatter(@ForAll("seconds") long epochSecond) {
    // the JDK's formatter prints one-digit days without padding, so only compare padded days
    ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC);
    String jdk = DateTimeFormatter.RFC_1123_DATE_TIME.format(t);
    if (t.getDayOfMonth() >= 10) {
      assertThat(HttpDates.format(t.toInstant())).isEqualTo(jdk);
    }
  }

  @Property(tries = 500)
  void theObsoleteFormsReadAsTheSameInstant(@ForAll("recentSeconds") long epochSecond) {
    ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(ZoneOffset.UTC);
    String day = t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    String month = t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    String time = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
    String rfc850 = String.format("%s, %02d-%s-%02d %s GMT",
        day, t.getDayOfMonth(), month, t.getYear() % 100, time);
    String asctime = String.format("%s %s %2d %s %d",
        day.substring(0, 3), month, t.getDayOfMonth(), time, t.getYear());
    assertThat(HttpDates.parse(rfc850, NOW)).as(rfc850).isEqualTo(epochSecond);
    assertThat(HttpDates.parse(asctime, NOW)).as(asctime).isEqualTo(epochSecond);
  }

  @Property(tries = 3000)
  void anyTextEitherParsesOrIsInvalidWithoutThrowing(@ForAll("dateLike") String text) {
    long parsed = HttpDates.parse(text, NOW);
    if (parsed != HttpDates.INVALID) {
      assertThat(HttpDates.format(Instant.ofEpochSecond(parsed))).endsWith(" GMT");
    }
  }

  @Provide
  Arbitrary<Long> seconds() {
    return Arbitraries.longs().between(
        Instant.parse("1000-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
  }

  @Provide
  Arbitrary<Long> recentSeconds() {
    // two-digit years place within (now - 50 years, now + 50 years]
    return Arbitraries.longs().between(
        Instant.parse("1977-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2075-12-31T23:59:59Z").getEpochSecond());
  }

  @Provide
  Arbitrary<String> dateLike() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(45),
        Arbitraries.strings().withChars("SunMoTeNvGT0123456789:, -").ofMinLength(20).ofMaxLength(32),
        seconds().map(s -> HttpDates.format(Instant.ofEpochSecond(s)))
            .map(d -> d.substring(0, 5) + d.substring(5).replace('0', '9')));
  }
}
