package dev.statuspolicy.internal.parse;

import static dev.statuspolicy.decision.ErrorFormat.HTML;
import static dev.statuspolicy.decision.ErrorFormat.PLAIN;
import static dev.statuspolicy.decision.ErrorFormat.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Choices are remembered per single {@code Accept} value and default, and a remembered choice is
 * only ever the one that value and default would get.
 */
class RememberedAcceptChoicesTest {

  private static final List<String> TYPES = List.of("text/plain", "text/html", "application/json");
  private static final List<ErrorFormat> FORMATS = List.of(PLAIN, HTML, PROBLEM_JSON);

  @Test
  void manyValuesSeenInTurnEachKeepTheirOwnChoice() {
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 48; i++) {
        String accept = TYPES.get(i % 3) + ";q=0." + (100 + i) + ", image/png;q=0.01";
        assertThat(AcceptNegotiation.choose(List.of(accept), PLAIN)).as(accept).isEqualTo(FORMATS.get(i % 3));
      }
    }
  }

  @Test
  void aListOfSeveralLinesIsNotAnsweredByItsFirstLine() {
    assertThat(AcceptNegotiation.choose(List.of("text/plain;q=0.5"), HTML)).isEqualTo(PLAIN);
    assertThat(AcceptNegotiation.choose(List.of("text/plain;q=0.5", "text/html"), HTML)).isEqualTo(HTML);
    assertThat(AcceptNegotiation.choose(List.of("text/plain;q=0.5", "application/json"), HTML))
        .isEqualTo(PROBLEM_JSON);
  }

  @Test
  void theSameValueUnderAnotherDefaultGetsThatDefault() {
    for (ErrorFormat fallback : ErrorFormat.values()) {
      assertThat(AcceptNegotiation.choose(List.of("image/png"), fallback)).isEqualTo(fallback);
    }
  }
}
