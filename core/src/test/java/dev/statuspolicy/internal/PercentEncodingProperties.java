package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.internal.parse.QueryParser;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Percent-encoding and decoding work by code point, for every code point: what a client encodes
 * as UTF-8 is read back as it was, and an HTTPS redirect's {@code Location} is ASCII that decodes
 * back to the path.
 */
class PercentEncodingProperties {

  private static final StatusPolicy HTTPS = StatusPolicy.builder().requireHttps("api.example.org").build();

  /** An endpoint whose one parameter takes any text, so that the decoded value can be read. */
  private static final Endpoint SEARCH = Endpoint.of("search",
      ParameterSpec.required("q", new ParameterType() {
        @Override
        public String reject(String value) {
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
      }));

  @Property(tries = 1000)
  void anyCodePointsEncodedAsUtf8ThenDecodedReadBackAsTheyWere(
      @ForAll("codePoints") List<Integer> codePoints, @ForAll("choices") List<Boolean> escape) {
    StringBuilder text = new StringBuilder();
    StringBuilder query = new StringBuilder("q=");
    for (int i = 0; i < codePoints.size(); i++) {
      int codePoint = codePoints.get(i);
      text.appendCodePoint(codePoint);
      boolean mustEscape = codePoint == '%' || codePoint == '&' || codePoint == '#';
      if (mustEscape || escape.get(i % escape.size())) {
        for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
          query.append('%').append(String.format("%02X", b & 0xff));
        }
      } else {
        query.appendCodePoint(codePoint);
      }
    }
    assertThat(QueryParser.parse(query.toString(), SEARCH).value("q")).as(query.toString())
        .isEqualTo(text.toString());
  }

  @Property(tries = 1000)
  void theHttpsLocationOfAnyPathIsAsciiAndDecodesBackToThePath(@ForAll("codePoints") List<Integer> codePoints) {
    StringBuilder path = new StringBuilder("/");
    for (int codePoint : codePoints) {
      // a '%' in the path is already an escape: the redirect keeps it, so it is left out here
      path.appendCodePoint(codePoint == '%' ? 'p' : codePoint);
    }
    String location = location(path.toString());
    assertThat(location).startsWith("https://api.example.org/");
    assertThat(location.chars()).as(location).allMatch(c -> c > 0x20 && c < 0x7f);
    assertThat(decode(location.substring("https://api.example.org".length()))).isEqualTo(path.toString());
  }

  @Property(tries = 500)
  void theHttpsLocationOfAnyTextAtAllIsAscii(@ForAll("anyText") String path) {
    String location = location("/" + path);
    assertThat(location.chars()).as(location).allMatch(c -> c > 0x20 && c < 0x7f);
  }

  private static String location(String path) {
    Decision decision = HTTPS.decide(
        RequestFacts.builder().transport(Transport.HTTP).path(path).build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.MOVED_PERMANENTLY);
    return decision.header("Location");
  }

  /** Percent-decodes strictly as UTF-8, independently of the library's own code. */
  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException notUtf8) {
      throw new AssertionError("not UTF-8: " + encoded, notUtf8);
    }
  }

  @Provide
  Arbitrary<List<Integer>> codePoints() {
    Arbitrary<Integer> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
        .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE);
    Arbitrary<Integer> astral = Arbitraries.integers().between(0x10000, Character.MAX_CODE_POINT);
    Arbitrary<Integer> ascii = Arbitraries.integers().between(0x20, 0x7e);
    return Arbitraries.oneOf(any, astral, ascii).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<List<Boolean>> choices() {
    return Arbitraries.of(true, false).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Combinators.combine(Arbitraries.strings().ofMaxLength(20),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(3))
        .as((a, b) -> a + b + a);
  }
}
