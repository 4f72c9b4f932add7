package dev.statuspolicy.internal.parse;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Characters outside the BMP are decoded by code point, escaped or not. */
class NonBmpQueryTest {

  /** A parameter type that takes any text, so the decoded value itself can be looked at. */
  static final ParameterType ANY_TEXT = new ParameterType() {
    @Override
    public @Nullable String reject(String value) {
      return null;
    }

    @Override
    public String describe() {
      return "any text";
    }

    @Override
    public String pattern() {
      return ".*";
    }

    @Override
    public List<String> examples() {
      return List.of("Troms\u00f8");
    }
  };

  static final Endpoint PLACES = Endpoint.of("search", ParameterSpec.required("q", ANY_TEXT));

  @Test
  void aRawEmojiNextToPercentEscapesDecodesByCodePoint() {
    Parameters parameters = QueryParser.parse("q=Troms%C3%B8 \uD83C\uDF27", PLACES);
    assertThat(parameters.errors()).isEmpty();
    assertThat(parameters.value("q")).isEqualTo("Troms\u00f8 \uD83C\uDF27");
  }

  @Test
  void anEscapedEmojiNextToRawCharactersDecodesByCodePoint() {
    Parameters parameters = QueryParser.parse("q=\u00e6%F0%9F%8C%A7\uD83D\uDE00", PLACES);
    assertThat(parameters.value("q")).isEqualTo("\u00e6\uD83C\uDF27\uD83D\uDE00");
  }

  @Test
  void aLoneSurrogateIsNotUtf8WithOrWithoutEscapes() {
    for (String raw : new String[] {"a%C3%B8\uD83C", "\uDF27%20", "\uD83C", "x\uDF27", "\uDF27\uD83C"}) {
      Parameters parameters = QueryParser.parse("q=" + raw, PLACES);
      assertThat(parameters.value("q")).as(raw).isNull();
      assertThat(parameters.errors()).extracting(ParameterError::name, ParameterError::reason)
          .as(raw).containsExactly(org.assertj.core.groups.Tuple.tuple("q", "is not valid UTF-8"));
    }
  }
}
