package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What may sit between {@code <} and {@code >} in a {@code Link}, and in a problem instance. */
class UriEncodingTest {

  @Test
  void linkTargetsKeepUriCharactersAndEncodeTheRest() {
    assertThat(DecisionWriter.linkTarget("https://a.example/x?y=1&z=%20#f"))
        .isEqualTo("https://a.example/x?y=1&z=%20#f");
    assertThat(DecisionWriter.linkTarget("/v/2.0 beta>\"<"))
        .isEqualTo("/v/2.0%20beta%3E%22%3C");
    assertThat(DecisionWriter.linkTarget("/\u00e9/\uD83D\uDE00/\uD800"))
        .as("UTF-8 bytes; a pair is one code point; a lone surrogate becomes U+FFFD")
        .isEqualTo("/%C3%A9/%F0%9F%98%80/%EF%BF%BD");
    assertThat(DecisionWriter.linkTarget("\r\n")).isEqualTo("%0D%0A");
  }

  @Test
  void instancesAlsoEncodeColonsAndSlashes() {
    assertThat(DecisionWriter.instance("urn:x/y")).isEqualTo("urn%3Ax%2Fy");
    assertThat(DecisionWriter.instance("azAZ09")).isEqualTo("azAZ09");
  }
}
