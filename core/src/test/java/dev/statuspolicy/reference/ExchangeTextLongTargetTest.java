package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.request.RequestFacts;
import org.junit.jupiter.api.Test;

/** An over-long target is shortened for reading, marked with its full length. */
class ExchangeTextLongTargetTest {

  private static String requestLine(String target) {
    String text = ExchangeText.request(RequestFacts.builder().target(target).build());
    return text.substring(0, text.indexOf(" HTTP/1.1"));
  }

  @Test
  void aTargetUpToTheShownLengthIsShownWhole() {
    String target = "/a?" + "b".repeat(ExchangeText.SHOWN_TARGET - 3);
    assertThat(requestLine(target)).isEqualTo("GET " + target);
  }

  @Test
  void aLongerTargetIsCutAndCarriesItsLength() {
    String target = "/a?" + "b".repeat(ExchangeText.SHOWN_TARGET);
    assertThat(requestLine(target)).isEqualTo("GET " + target.substring(0, ExchangeText.SHOWN_TARGET)
        + "... (" + target.length() + " characters)");
  }

  @Test
  void theCutNeverSplitsACharacterOutsideTheBmp() {
    String target = "/" + "a".repeat(ExchangeText.SHOWN_TARGET - 2) + "\uD83C\uDF27" + "b".repeat(20);
    String line = requestLine(target);
    assertThat(line).startsWith("GET /" + "a".repeat(ExchangeText.SHOWN_TARGET - 2) + "... (");
    assertThat(line.chars().noneMatch(c -> Character.isSurrogate((char) c))).isTrue();
  }
}
