package dev.statuspolicy.internal.parse;

import static dev.statuspolicy.decision.ErrorFormat.HTML;
import static dev.statuspolicy.decision.ErrorFormat.PLAIN;
import static dev.statuspolicy.decision.ErrorFormat.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Remembered choices answer exactly as a fresh negotiation would. */
class AcceptNegotiationMemoryTest {

  @Test
  void aRememberedChoiceIsForItsOwnDefault() {
    // "*/*" rates every format alike, so the default decides: a memory that ignored the default
    // would hand the first answer to the others.
    for (int round = 0; round < 3; round++) {
      for (ErrorFormat fallback : ErrorFormat.values()) {
        assertThat(AcceptNegotiation.choose(List.of("*/*"), fallback)).isEqualTo(fallback);
      }
    }
  }

  @Test
  void aRememberedChoiceIsForItsOwnValue() {
    for (int round = 0; round < 3; round++) {
      assertThat(AcceptNegotiation.choose(List.of("text/html"), PLAIN)).isEqualTo(HTML);
      assertThat(AcceptNegotiation.choose(List.of("text/plain"), HTML)).isEqualTo(PLAIN);
      assertThat(AcceptNegotiation.choose(List.of("application/json"), HTML))
          .isEqualTo(PROBLEM_JSON);
      // Equal text in another String instance gets the same answer.
      String copy = new String("text/html".toCharArray());
      assertThat(AcceptNegotiation.choose(List.of(copy), PLAIN)).isEqualTo(HTML);
    }
  }

  @Test
  void aLongValueIsNegotiatedEveryTime() {
    String longValue = "text/plain;q=0.1, " + "x/y, ".repeat(40) + "text/html";
    for (int round = 0; round < 3; round++) {
      assertThat(AcceptNegotiation.choose(List.of(longValue), PROBLEM_JSON)).isEqualTo(HTML);
    }
  }

  @Test
  void severalValuesAreReadTogether() {
    for (int round = 0; round < 3; round++) {
      assertThat(AcceptNegotiation.choose(List.of("text/plain;q=0.5", "text/html"), PROBLEM_JSON))
          .isEqualTo(HTML);
    }
  }
}
