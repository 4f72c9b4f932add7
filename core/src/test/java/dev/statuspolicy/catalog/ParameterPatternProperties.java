package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Each built-in type keeps to its {@link ParameterType#pattern()}: every value it accepts matches
 * the pattern in full, and every example it lists is accepted. The strings are drawn from the
 * characters the grammars are made of, so that near misses are frequent.
 */
class ParameterPatternProperties {

  private static final List<ParameterType> TYPES = List.of(
      ParameterType.integer(-500, 9000),
      ParameterType.integer(Long.MIN_VALUE, Long.MAX_VALUE),
      ParameterType.decimal(-90, 90),
      ParameterType.decimal(0.00001, 0.5),
      ParameterType.string(),
      ParameterType.dateTime(),
      ParameterType.date(),
      ParameterType.offset(-12 * 60, 15 * 60),
      ParameterType.offset(60, 120),
      ParameterType.oneOf("celsius", "a.b", "x|y", "(z)", "[q]", "c++", "^$", "back\\slash", "1/2"));

  @Provide
  Arbitrary<ParameterType> types() {
    return Arbitraries.of(TYPES);
  }

  @Provide
  Arbitrary<String> candidates() {
    Arbitrary<String> grammar = Arbitraries.strings().withChars("0123456789+-.:TZaAz_ |()[]^$\\/c")
        .ofMaxLength(24);
    Arbitrary<String> examples = Arbitraries.of(TYPES).flatMap(type -> Arbitraries.of(type.examples()));
    Arbitrary<String> mutated = examples.flatMap(example -> Arbitraries.integers()
        .between(0, Math.max(0, example.length() - 1))
        .flatMap(at -> Arbitraries.chars().with("0123456789+-.:TZa_|()\\")
            .map(c -> example.isEmpty() ? String.valueOf(c)
                : example.substring(0, at) + c + example.substring(at + 1))));
    return Arbitraries.oneOf(grammar, examples, mutated);
  }

  @Property(tries = 3000)
  void everyAcceptedValueMatchesThePatternInFull(
      @ForAll("types") ParameterType type, @ForAll("candidates") String value) {
    if (type.reject(value) == null) {
      assertThat(Pattern.compile(type.pattern()).matcher(value).matches())
          .as("%s accepts '%s', which its pattern %s forbids", type, value, type.pattern())
          .isTrue();
    }
  }

  @Test
  void everyExampleIsAcceptedAndMatches() {
    for (ParameterType type : TYPES) {
      assertThat(type.examples()).as("%s", type).isNotEmpty().doesNotHaveDuplicates();
      for (String example : type.examples()) {
        assertThat(type.reject(example)).as("%s rejects its example '%s'", type, example).isNull();
        assertThat(example).matches(type.pattern());
      }
    }
  }

  @Test
  void theExamplesIncludeTheBounds() {
    assertThat(ParameterType.integer(-500, 9000).examples()).containsExactly("-500", "9000", "4250");
    assertThat(ParameterType.decimal(-90, 90).examples()).contains("-90", "90", "0");
    assertThat(ParameterType.decimal(0.00001, 0.5).examples()).contains("0.00001", "0.5");
    assertThat(ParameterType.offset(-720, 900).examples()).contains("-12:00", "+15:00", "+00:00");
    assertThat(ParameterType.offset(60, 120).examples()).containsExactly("+01:00", "+02:00");
  }

  @Test
  void anEnumerationPatternMatchesItsValuesLiterallyAndNothingElse() {
    ParameterType units = ParameterType.oneOf("a.b", "x|y", "(z)");
    Pattern pattern = Pattern.compile(units.pattern());
    assertThat(List.of("a.b", "x|y", "(z)")).allMatch(v -> pattern.matcher(v).matches());
    assertThat(List.of("", "aXb", "x", "y", "z", "(z", "a.bx|y")).noneMatch(v -> pattern.matcher(v).matches());
    assertThat(units.pattern()).isEqualTo("(a\\.b|x\\|y|\\(z\\))");
  }

  @Test
  void thePatternsUseOnlySyntaxThatEcmaScriptReadsAlike() {
    // no possessive or atomic groups, no \Q..\E quoting, no inline flags, no \p classes
    for (ParameterType type : TYPES) {
      assertThat(type.pattern()).as("%s", type)
          .doesNotContain("\\Q", "\\E", "(?", "*+", "++", "?+", "\\p", "\\A", "\\z", "\\-");
    }
  }
}
