package dev.statuspolicy.internal.parse;

import static dev.statuspolicy.decision.ErrorFormat.HTML;
import static dev.statuspolicy.decision.ErrorFormat.PLAIN;
import static dev.statuspolicy.decision.ErrorFormat.PROBLEM_JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How {@code Accept} picks the error format (RFC 9110 section 12.5.1). */
class AcceptNegotiationTest {

  static Stream<Arguments> headers() {
    return Stream.of(
        // plain choices
        arguments("application/problem+json", HTML, PROBLEM_JSON),
        arguments("application/json", HTML, PROBLEM_JSON),
        arguments("text/html", PLAIN, HTML),
        arguments("text/plain", HTML, PLAIN),
        // case does not matter in type, subtype and parameter names
        arguments("TEXT/Plain", HTML, PLAIN),
        arguments("text/plain;Q=1, text/html;Q=0.5", HTML, PLAIN),
        // q-values decide
        arguments("text/html;q=0.5, text/plain", HTML, PLAIN),
        arguments("text/html;q=0.5, application/json;q=0.9", HTML, PROBLEM_JSON),
        arguments("text/plain;q=0.001, text/html;q=0", PROBLEM_JSON, PLAIN),
        arguments("text/plain ; q=0.8 , text/html ; q=0.7", HTML, PLAIN),
        // wildcards: the most specific range gives a format its quality
        arguments("*/*", PLAIN, PLAIN),
        arguments("*/*", HTML, HTML),
        arguments("text/*", PROBLEM_JSON, HTML),
        arguments("text/*;q=0.5, text/plain", HTML, PLAIN),
        arguments("text/*, text/html;q=0", HTML, PLAIN),
        arguments("application/*", HTML, PROBLEM_JSON),
        arguments("*/*;q=0.1, text/plain;q=0.2", HTML, PLAIN),
        // a more specific match beats the default at equal quality (axios and fetch send these)
        arguments("application/json, text/plain, */*", HTML, PROBLEM_JSON),
        arguments("application/json, */*", HTML, PROBLEM_JSON),
        // a browser
        arguments("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", PLAIN, HTML),
        // equal quality and specificity: the default, then the range listed first
        arguments("text/html, application/json", HTML, HTML),
        arguments("application/json, text/html", HTML, HTML),
        arguments("text/plain, application/json", HTML, PLAIN),
        arguments("application/json, text/plain", HTML, PROBLEM_JSON),
        // the exact type beats the application/json alias
        arguments("application/json;q=0.2, application/problem+json;q=0.9, text/html;q=0.5", HTML,
            PROBLEM_JSON),
        arguments("application/problem+json;q=0, application/json", HTML, HTML),
        // parameters: utf-8 matches and is more specific; anything else describes another
        // representation and matches nothing
        arguments("text/plain;charset=utf-8", HTML, PLAIN),
        arguments("text/plain;charset=\"UTF-8\"", HTML, PLAIN),
        arguments("text/plain;charset=iso-8859-1", PROBLEM_JSON, PROBLEM_JSON),
        arguments("text/html;level=1, text/plain;q=0.5", HTML, PLAIN),
        arguments("text/plain;charset=utf-8;q=0.9, text/plain;q=0.1, text/html;q=0.5", HTML, PLAIN),
        arguments("text/plain;format=flowed", HTML, HTML),
        // quoted strings may hold commas and semicolons
        arguments("text/html;foo=\"a,text/plain\", text/plain;q=0.4", HTML, PLAIN),
        arguments("text/plain;q=0.4;ext=\"x;y,z\"", HTML, PLAIN),
        arguments("text/plain;q=0.4;azAZ09!#$%&'*+-.^_`|~=1", HTML, PLAIN),
        // no usable preference, or nothing acceptable: the default, never a 406
        arguments("", PLAIN, PLAIN),
        arguments("   ", HTML, HTML),
        arguments("application/xml", HTML, HTML),
        arguments("image/png", PROBLEM_JSON, PROBLEM_JSON),
        arguments("text/html;q=0", HTML, HTML),
        arguments("*/*;q=0", PLAIN, PLAIN),
        // garbage is skipped, element by element
        arguments("garbage", PLAIN, PLAIN),
        arguments("text/plain;q=2, application/json", HTML, PROBLEM_JSON),
        arguments("text/plain;q=0.5000, application/json;q=0.1", HTML, PROBLEM_JSON),
        arguments("text/plain;q=abc", HTML, HTML),
        arguments("*/plain", PROBLEM_JSON, PROBLEM_JSON),
        arguments("text/", HTML, HTML),
        arguments("/plain", HTML, HTML),
        arguments(",,, ,text/plain,,", HTML, PLAIN),
        arguments("text/plain;", HTML, PLAIN),
        arguments("text/plain;q", HTML, HTML),
        arguments("application/json, text/plain;charset", HTML, PROBLEM_JSON),
        arguments("text/plain;=x, application/json;q=0.5", HTML, PROBLEM_JSON),
        arguments("text/html;x=\"unterminated, text/plain", PROBLEM_JSON, PROBLEM_JSON),
        arguments("text/plain junk, application/json", HTML, PROBLEM_JSON),
        arguments("te\u0000xt/plain, text/plain", HTML, PLAIN));
  }

  @ParameterizedTest(name = "[{index}] Accept: {0} (default {1}) -> {2}")
  @MethodSource("headers")
  void choosesTheFormat(String accept, ErrorFormat fallback, ErrorFormat expected) {
    assertThat(AcceptNegotiation.choose(List.of(accept), fallback)).isEqualTo(expected);
  }

  @Test
  void noHeaderGivesTheDefault() {
    for (ErrorFormat fallback : ErrorFormat.values()) {
      assertThat(AcceptNegotiation.choose(List.of(), fallback)).isEqualTo(fallback);
    }
  }

  @Test
  void severalFieldLinesFormOneList() {
    assertThat(AcceptNegotiation.choose(List.of("text/html;q=0.2", "text/plain;q=0.3"), HTML))
        .isEqualTo(PLAIN);
    assertThat(AcceptNegotiation.choose(List.of("text/plain", "application/json"), HTML))
        .as("first listed wins a full tie, across lines too")
        .isEqualTo(PLAIN);
  }

  @Test
  void readsAtMostSixtyFourRanges() {
    String filler = "image/png, ".repeat(64);
    assertThat(AcceptNegotiation.choose(List.of(filler + "text/plain"), HTML)).isEqualTo(HTML);
    assertThat(AcceptNegotiation.choose(List.of("image/png, ".repeat(63) + "text/plain"), HTML))
        .isEqualTo(PLAIN);
  }

  @Test
  void qvaluesAreReadToThreeDecimals() {
    assertThat(AcceptNegotiation.qvalue("0")).isZero();
    assertThat(AcceptNegotiation.qvalue("1")).isEqualTo(1000);
    assertThat(AcceptNegotiation.qvalue("1.000")).isEqualTo(1000);
    assertThat(AcceptNegotiation.qvalue("0.5")).isEqualTo(500);
    assertThat(AcceptNegotiation.qvalue("0.123")).isEqualTo(123);
    assertThat(AcceptNegotiation.qvalue("1.001")).isEqualTo(-1);
    assertThat(AcceptNegotiation.qvalue("0.1234")).isEqualTo(-1);
    assertThat(AcceptNegotiation.qvalue(".5")).isEqualTo(-1);
    assertThat(AcceptNegotiation.qvalue("0,5")).isEqualTo(-1);
    assertThat(AcceptNegotiation.qvalue("")).isEqualTo(-1);
  }
}
