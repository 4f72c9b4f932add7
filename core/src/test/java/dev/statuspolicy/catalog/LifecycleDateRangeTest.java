package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.table.Evidence;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle dates, like validators, are refused when an HTTP-date cannot carry them: they go out
 * in {@code Sunset}, and an unwritable one used to turn every answer of its version into a 500.
 */
class LifecycleDateRangeTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final List<Instant> UNWRITABLE = List.of(
      Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0000-12-31T23:59:59Z"));

  @Test
  void aDeprecationWhoseDatesAnHttpDateCannotCarryIsRefusedNamingTheDate() {
    for (Instant date : UNWRITABLE) {
      if (!date.isBefore(NOW)) {
        assertThatThrownBy(() -> new Lifecycle.Deprecated(NOW, date, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sunset")
            .hasMessageContaining(date.toString());
      }
      if (!date.isAfter(NOW)) {
        assertThatThrownBy(() -> new Lifecycle.Deprecated(date, NOW, null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deprecatedAt");
      }
    }
  }

  @Test
  void aRetirementWhoseDateAnHttpDateCannotCarryIsRefusedNamingTheDate() {
    for (Instant date : UNWRITABLE) {
      assertThatThrownBy(() -> new Lifecycle.Retired(date, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retiredAt");
    }
  }

  @Test
  void aTeamRowsEvidenceWithAnUnwritableDateIsRefusedWhereItIsMade() {
    for (Instant date : UNWRITABLE) {
      assertThatThrownBy(() -> Evidence.builder().lifecycle(null, date))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sunset");
      assertThatThrownBy(() -> Evidence.builder().lifecycle(date, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deprecation");
    }
  }

  @Test
  void theFirstAndLastWritableDaysAreAccepted() {
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59Z");
    assertThat(new Lifecycle.Deprecated(first, last, null).sunset()).isEqualTo(last);
    assertThat(new Lifecycle.Retired(last, null).retiredAt()).isEqualTo(last);
    assertThat(Evidence.builder().lifecycle(first, last).build().sunset()).isEqualTo(last);
  }
}
