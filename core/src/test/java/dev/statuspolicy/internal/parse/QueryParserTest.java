package dev.statuspolicy.internal.parse;

import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import org.junit.jupiter.api.Test;

/** Reading a raw query string against an endpoint's parameters. */
class QueryParserTest {

  private final Endpoint compact = Fixtures.compact();

  private static ParameterError only(Parameters parameters) {
    assertThat(parameters.errors()).hasSize(1);
    return parameters.errors().get(0);
  }

  @Test
  void declaredParametersAreReadAndOthersIgnored() {
    Parameters parameters = QueryParser.parse("lat=60.1&lon=10.7&altitude=120&unknown=%ZZ&x", compact);
    assertThat(parameters.valid()).isTrue();
    assertThat(parameters.value("lat")).isEqualTo("60.1");
    assertThat(parameters.value("lon")).isEqualTo("10.7");
    assertThat(parameters.value("altitude")).isEqualTo("120");
    assertThat(parameters.value("unknown")).isNull();
    assertThat(parameters.rejected("lat")).isFalse();
  }

  @Test
  void aMissingRequiredParameterIsAnErrorAndAMissingOptionalOneIsNot() {
    ParameterError error = only(QueryParser.parse("lat=60.1", compact));
    assertThat(error.name()).isEqualTo("lon");
    assertThat(error.value()).isEmpty();
    assertThat(error.reason()).startsWith("is required");
    assertThat(QueryParser.parse("", compact).errors()).extracting(ParameterError::name).containsExactly("lat", "lon");
  }

  @Test
  void everyErrorIsReportedInDeclarationOrder() {
    Parameters parameters = QueryParser.parse("altitude=high&lon=east&lat=north", compact);
    assertThat(parameters.errors()).extracting(ParameterError::name).containsExactly("lat", "lon", "altitude");
    assertThat(parameters.rejected("lon")).isTrue();
    assertThat(parameters.value("lon")).isNull();
  }

  @Test
  void aRepeatedParameterIsAnErrorEvenWithEqualValues() {
    ParameterError error = only(QueryParser.parse("lat=60.1&lon=10.7&lat=60.1", compact));
    assertThat(error.name()).isEqualTo("lat");
    assertThat(error.reason()).contains("2 times");
    assertThat(only(QueryParser.parse("lat=1&lat=1&lat=1&lon=1", compact)).reason()).contains("3 times");
  }

  @Test
  void onlyTheAmpersandSeparatesPairs() {
    Parameters parameters = QueryParser.parse("lat=60.1;lon=10.7", compact);
    assertThat(parameters.errors()).extracting(ParameterError::name).containsExactly("lat", "lon");
    assertThat(parameters.errors().get(0).value()).isEqualTo("60.1;lon=10.7");
    assertThat(parameters.errors().get(1).reason()).startsWith("is required");
  }

  @Test
  void aPairWithoutEqualsHasAnEmptyValue() {
    ParameterError error = only(QueryParser.parse("lat&lon=10.7", compact));
    assertThat(error.name()).isEqualTo("lat");
    assertThat(error.value()).isEmpty();
    assertThat(error.reason()).doesNotStartWith("is required");
  }

  @Test
  void emptyPairsAreSkipped() {
    assertThat(QueryParser.parse("&&lat=60.1&&lon=10.7&", compact).valid()).isTrue();
  }

  @Test
  void valuesArePercentDecodedAsUtf8AndPlusIsLiteral() {
    Endpoint offset = Endpoint.of("sun", ParameterSpec.required("offset", ParameterType.offset(-720, 900)),
        ParameterSpec.optional("place", ParameterType.oneOf("Tromsø")));
    Parameters parameters = QueryParser.parse("offset=+01:00&place=Troms%C3%B8", offset);
    assertThat(parameters.valid()).isTrue();
    assertThat(parameters.value("offset")).isEqualTo("+01:00");
    assertThat(parameters.value("place")).isEqualTo("Tromsø");
    assertThat(QueryParser.parse("offset=%2B01%3A00", offset).value("offset")).isEqualTo("+01:00");
    assertThat(QueryParser.parse("offset=%2b01%3a00", offset).value("offset")).isEqualTo("+01:00");
  }

  @Test
  void parameterNamesArePercentDecodedToo() {
    assertThat(QueryParser.parse("%6Cat=60.1&l%6Fn=10.7", compact).valid()).isTrue();
    assertThat(QueryParser.parse("%6Cat=60.1&lon=10.7&lat=1", compact).rejected("lat")).isTrue();
  }

  @Test
  void anEscapedNameFarIntoTheQueryIsStillDecoded() {
    String before = "note=" + "x".repeat(300) + "&";
    Parameters parameters = QueryParser.parse(before + "%6Cat=60.1&l%6Fn=10.7", compact);
    assertThat(parameters.valid()).isTrue();
    assertThat(parameters.value("lat")).isEqualTo("60.1");
    assertThat(parameters.value("lon")).isEqualTo("10.7");
  }

  @Test
  void aMalformedEscapeIsNamedAsSuch() {
    for (String bad : new String[] {"%", "1%", "%1", "%G1", "%1G", "1%2"}) {
      ParameterError error = only(QueryParser.parse("lat=60.1&lon=" + bad, compact));
      assertThat(error.name()).isEqualTo("lon");
      assertThat(error.value()).isEqualTo(bad);
      assertThat(error.reason()).isEqualTo("has a malformed percent-escape");
    }
  }

  @Test
  void onlyAsciiHexDigitsMakeAnEscape() {
    // fullwidth digits and letters, Arabic-Indic and Devanagari digits: digits to Unicode, not
    // to RFC 3986's HEXDIG
    for (String bad : new String[] {"%\uFF13\uFF11", "%3\uFF11", "%\uFF21\uFF22", "%\u0663\u0661",
        "%3\u0967"}) {
      ParameterError error = only(QueryParser.parse("lat=60.1&lon=" + bad, compact));
      assertThat(error.name()).isEqualTo("lon");
      assertThat(error.value()).isEqualTo(bad);
      assertThat(error.reason()).isEqualTo("has a malformed percent-escape");
    }
    // nor in a name: "l%\uFF16Fn" names no parameter, so lon is missing
    ParameterError missing = only(QueryParser.parse("lat=60.1&l%\uFF16Fn=10.7", compact));
    assertThat(missing.name()).isEqualTo("lon");
    assertThat(missing.reason()).startsWith("is required");
    assertThat(QueryParser.parse("lat=60.1&lon=1%30.7", compact).value("lon")).isEqualTo("10.7");
    assertThat(QueryParser.parse("lat=60.1&lon=%31%30%2e7", compact).value("lon")).isEqualTo("10.7");
  }

  @Test
  void bytesThatAreNotUtf8AreNamedAsSuch() {
    for (String bad : new String[] {"%FF", "%C0%AF", "%E2%82", "1%80", "%ED%A0%80"}) {
      ParameterError error = only(QueryParser.parse("lat=60.1&lon=" + bad, compact));
      assertThat(error.name()).isEqualTo("lon");
      assertThat(error.reason()).isEqualTo("is not valid UTF-8");
    }
  }

  @Test
  void rawNonAsciiValuesAreReadAsTheirCharacters() {
    Endpoint place = Endpoint.of("p", ParameterSpec.required("place", ParameterType.oneOf("Tromsø")));
    assertThat(QueryParser.parse("place=Tromsø", place).valid()).isTrue();
    assertThat(QueryParser.parse("place=Troms%C3%B8", place).valid()).isTrue();
    assertThat(QueryParser.parse("place=Troms%F8", place).errors()).hasSize(1);
  }

  @Test
  void anOverlongValueIsRejectedWithoutDecodingIt() {
    String huge = "%FF".repeat(100_000);
    ParameterError error = only(QueryParser.parse("lat=60.1&lon=" + huge, compact));
    assertThat(error.reason()).isEqualTo("is too long");
    assertThat(error.value().length()).isLessThanOrEqualTo(ParameterError.MAX_VALUE_LENGTH + 3);
    String justTooLong = "1".repeat(64 * 3 + 17);
    assertThat(only(QueryParser.parse("lat=60.1&lon=" + justTooLong, compact)).reason()).isEqualTo("is too long");
    String longest = "0".repeat(64 * 3 + 16);
    assertThat(only(QueryParser.parse("lat=60.1&lon=" + longest, compact)).reason()).isNotEqualTo("is too long");
  }

  @Test
  void anOverlongEscapedNameIsNotADeclaredParameter() {
    String name = "%6C".repeat(80);
    assertThat(QueryParser.parse(name + "=1&lat=60.1&lon=10.7", compact).valid()).isTrue();
  }

  @Test
  void aTypeThatThrowsIsAnErrorNotAnException() {
    ParameterType broken = new ParameterType() {
      @Override
      public String reject(String value) {
        throw new IllegalStateException("bug");
      }

      @Override
      public String describe() {
        return "anything";
      }

      @Override
      public String pattern() {
        return ".*";
      }

      @Override
      public List<String> examples() {
        return List.of("1");
      }
    };
    Endpoint endpoint = Endpoint.of("e", ParameterSpec.required("q", broken));
    assertThat(only(QueryParser.parse("q=1", endpoint)).reason()).startsWith("could not be checked");
  }

  @Test
  void anEndpointWithoutParametersHasNoneWhateverTheQuery() {
    assertThat(QueryParser.parse("lat=%ZZ&&&", Endpoint.of("image"))).isSameAs(Parameters.none());
  }

  @Test
  void theTypesReasonAndTheExpectedFormAreReported() {
    ParameterError error = only(QueryParser.parse("lat=91&lon=10", compact));
    assertThat(error.value()).isEqualTo("91");
    assertThat(error.reason()).startsWith("is out of range").contains("from -90 to 90");
  }
}
