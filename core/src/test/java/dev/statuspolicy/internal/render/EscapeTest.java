package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request text escaped for each body format. */
class EscapeTest {

  private static String html(String text) {
    return Escape.html(new StringBuilder(), text).toString();
  }

  private static String json(String text) {
    return Escape.json(new StringBuilder(), text).toString();
  }

  private static String text(String text) {
    return Escape.text(new StringBuilder(), text).toString();
  }

  @Test
  void htmlEncodesTheFiveSpecialCharacters() {
    assertThat(html("<a href=\"x\" title='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void jsonKeepsAsTheyAreExactlyThePrintableAsciiCharactersOtherThanTheFiveItEscapes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean plain = c >= 0x20 && c < 0x7f && "\"\\<>&".indexOf(c) < 0;
      String one = String.valueOf(c);
      // a character written as it is comes back as the very string; any other is rewritten
      assertThat(Escape.json(one) == one).as("U+%04X", (int) c).isEqualTo(plain);
      assertThat(json("a" + one + "b").equals("a" + one + "b")).as("U+%04X in text", (int) c)
          .isEqualTo(plain || (c >= 0x80 && !Character.isSurrogate(c) && c != '\u2028' && c != '\u2029'));
    }
  }

  @Test
  void jsonEscapesQuotesBackslashControlsAndMarkup() {
    assertThat(json("\"\\\n\r\t\u0000\u001f\u007f")).isEqualTo("\\\"\\\\\\n\\r\\t\\u0000\\u001f\\u007f");
    assertThat(json("</script>&")).isEqualTo("\\u003c/script\\u003e\\u0026");
    assertThat(json("\u2028\u2029")).isEqualTo("\\u2028\\u2029");
  }

  @Test
  void loneSurrogatesBecomeReplacementCharacters() {
    assertThat(json("a\uD800b")).isEqualTo("a\uFFFDb");
    assertThat(json("\uDC00")).isEqualTo("\uFFFD");
    assertThat(json("\uD83C\uDF27")).isEqualTo("\uD83C\uDF27");
    assertThat(html("a\uD800")).isEqualTo("a\uFFFD");
    assertThat(html("\uD83C\uDF27")).isEqualTo("\uD83C\uDF27");
  }

  @Test
  void textReplacesControlsThatCouldDriveATerminal() {
    assertThat(text("a\u001b[31mb\r\nc\u0085d\te")).isEqualTo("a\uFFFD[31mb\uFFFD\uFFFDc\uFFFDd\te");
    assertThat(html("x\u0000y")).isEqualTo("x\uFFFDy");
  }

  @Test
  void textReplacesDeleteAndTheC1ControlsButNotTheCharactersAround() {
    assertThat(text("a\u007eb\u007fc\u0080d\u009fe\u00a0f")).isEqualTo("a\u007eb\uFFFDc\uFFFDd\uFFFDe\u00a0f");
  }

  @Test
  void textReplacesALoneSurrogateAndKeepsAPair() {
    assertThat(text("\uDC00a\uDC00b\uD800")).isEqualTo("\uFFFDa\uFFFDb\uFFFD");
    assertThat(text("\uD83C\uDF27")).isEqualTo("\uD83C\uDF27");
  }
}
