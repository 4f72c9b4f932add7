package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The header-text rules every header value and problem member goes through. */
class HeaderTextTest {

  @Test
  void safeValuesAreVisibleAsciiSpacesAndTabs() {
    assertThat(HeaderText.isSafeValue("")).isTrue();
    assertThat(HeaderText.isSafeValue(" ~\t!")).isTrue();
    assertThat(HeaderText.isSafeValue("\u001f")).isFalse();
    assertThat(HeaderText.isSafeValue("a\u007f")).isFalse();
    assertThat(HeaderText.isSafeValue("\u0080")).isFalse();
    assertThat(HeaderText.isSafeValue("\r")).isFalse();
    assertThatThrownBy(() -> HeaderText.requireSafe("realm", "")).hasMessageStartingWith("realm");
    assertThatThrownBy(() -> HeaderText.requireSafe("realm", null)).hasMessage("realm");
    HeaderText.requireSafe("realm", "ok");
  }

  @Test
  void tokensAreLettersDigitsAndTheTokenSymbols() {
    assertThat(HeaderText.isToken("Retry-After")).isTrue();
    assertThat(HeaderText.isToken("azAZ09!#$%&'*+-.^_`|~")).isTrue();
    assertThat(HeaderText.isToken("")).isFalse();
    for (char c : "@[`{/:\"( )\u0000é".toCharArray()) {
      if (c != '`') {
        assertThat(HeaderText.isToken("a" + c)).as("%s", c).isFalse();
      }
    }
    // the characters just outside each range
    for (char c : new char[] {'a' - 1, 'z' + 1, 'A' - 1, 'Z' + 1, '0' - 1, '9' + 1}) {
      assertThat(HeaderText.isToken(String.valueOf(c))).as("%s", c).isEqualTo("!#$%&'*+-.^_`|~".indexOf(c) >= 0);
    }
  }

  @Test
  void entityTagsAreQuotedOptionallyWeak() {
    assertThat(HeaderText.isEntityTag("\"v1\"")).isTrue();
    assertThat(HeaderText.isEntityTag("W/\"v1\"")).isTrue();
    assertThat(HeaderText.isEntityTag("\"\"")).isTrue();
    assertThat(HeaderText.isEntityTag("W/\"\"")).isTrue();
    assertThat(HeaderText.isEntityTag("\"!~\"")).isTrue();
    assertThat(HeaderText.isEntityTag("\"\u0080\""))
        .as("obs-text is refused: a header value here is ASCII").isFalse();
    assertThat(HeaderText.isEntityTag("\"\u007e\"")).isTrue();
    assertThat(HeaderText.isEntityTag("")).isFalse();
    assertThat(HeaderText.isEntityTag("\"")).isFalse();
    assertThat(HeaderText.isEntityTag("W/\"")).isFalse();
    assertThat(HeaderText.isEntityTag("W/")).isFalse();
    assertThat(HeaderText.isEntityTag("v1")).isFalse();
    assertThat(HeaderText.isEntityTag("\"v1")).isFalse();
    assertThat(HeaderText.isEntityTag("v1\"")).isFalse();
    assertThat(HeaderText.isEntityTag("w/\"v1\"")).isFalse();
    assertThat(HeaderText.isEntityTag("\"a\"b\"")).isFalse();
    assertThat(HeaderText.isEntityTag("\"a b\"")).isFalse();
    assertThat(HeaderText.isEntityTag("\"a\u007f\"")).isFalse();
    assertThat(HeaderText.isEntityTag("\"a\u0021\"")).isTrue();
  }

  @Test
  void sanitizeReplacesUnsafeCharactersAndCuts() {
    assertThat(HeaderText.sanitize("plain", 10)).isEqualTo("plain");
    assertThat(HeaderText.sanitize("plain", 5)).isEqualTo("plain");
    assertThat(HeaderText.sanitize("plain", 4)).isEqualTo("plai");
    assertThat(HeaderText.sanitize("a\r\nb", 10)).isEqualTo("a??b");
    assertThat(HeaderText.sanitize("\u001f \u007e\u007f", 10)).isEqualTo("? ~?");
    assertThat(HeaderText.sanitize("é", 10)).isEqualTo("?");
    assertThat(HeaderText.sanitize("ab\u0000cdef", 4)).isEqualTo("ab?c");
    assertThat(HeaderText.sanitize("", 4)).isEmpty();
  }

  @Test
  void sanitizeWritesOneQuestionMarkPerCodePoint() {
    assertThat(HeaderText.sanitize("a\uD83C\uDF27b", 10)).as("a pair is one code point").isEqualTo("a?b");
    assertThat(HeaderText.sanitize("a\uD83Cb", 10)).as("a lone high surrogate").isEqualTo("a?b");
    assertThat(HeaderText.sanitize("a\uDF27b", 10)).as("a lone low surrogate").isEqualTo("a?b");
    assertThat(HeaderText.sanitize("\uD83C\uDF27", 1)).as("a pair cut in half").isEqualTo("?");
    assertThat(HeaderText.sanitize("\uD83C\uD83C\uDF27", 10)).isEqualTo("??");
  }
}
