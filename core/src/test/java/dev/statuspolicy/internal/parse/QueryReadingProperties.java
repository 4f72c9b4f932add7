package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.fixtures.Hostile;
import dev.statuspolicy.fixtures.NumberTexts;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * Checking a value where it stands in the query changes nothing a caller sees: for queries over
 * float, integer, string, enum and custom-type parameters, with percent-escapes, surrogate pairs,
 * lone surrogates, repeats and values too long, the parser's values (their contents, order and
 * size, and what {@link ParameterValues#number} and {@link ParameterValues#decimals} read) and its
 * errors are those of {@link ReferenceQueryReading}, which cuts, decodes and asks the type.
 */
class QueryReadingProperties {

  /** Accepts values that start with "ok", throws for "boom", rejects the rest. */
  record OkType() implements ParameterType {
    @Override
    public @Nullable String reject(String value) {
      if (value.equals("boom")) {
        throw new IllegalStateException("boom");
      }
      return value.startsWith("ok") ? null : "is not ok";
    }

    @Override
    public String describe() {
      return "ok, then anything";
    }

    @Override
    public String pattern() {
      return "ok.*";
    }

    @Override
    public List<String> examples() {
      return List.of("ok");
    }
  }

  static final Endpoint MIXED = Endpoint.of("mixed",
      ParameterSpec.latitude(),
      ParameterSpec.optional("far", ParameterType.decimal(-Double.MAX_VALUE, Double.MAX_VALUE)),
      ParameterSpec.optional("n", ParameterType.integer(-500, 9000)),
      ParameterSpec.optional("big", ParameterType.integer(Long.MIN_VALUE, Long.MAX_VALUE)),
      ParameterSpec.required("word", ParameterType.string()),
      ParameterSpec.optional("kind", ParameterType.oneOf("rain", "sn\u00f8", "\uD83C\uDF27")),
      ParameterSpec.optional("tag", new OkType()));

  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void theParserReadsWhatTheReferenceReads(@ForAll("queries") String query) {
    ReferenceQueryReading.Reading expected = ReferenceQueryReading.read(query, MIXED);
    // Numbers and decimals first, on a parse of their own: reading a value cuts it out, and
    // from then on they read the cut string instead of the query.
    ParameterValues inPlace = (ParameterValues) QueryParser.parse(query, MIXED).values();
    for (ParameterSpec spec : MIXED.parameters()) {
      String value = expected.values().get(spec.name());
      assertThat(Double.doubleToRawLongBits(inPlace.number(spec.name()))).as("number %s of %s", spec.name(), query)
          .isEqualTo(Double.doubleToRawLongBits(value == null ? Double.NaN : ParameterType.FloatType.parse(value)));
      assertThat(inPlace.decimals(spec.name())).as("decimals %s of %s", spec.name(), query)
          .isEqualTo(value == null ? -1 : ParameterType.FloatType.decimals(value));
    }
    Parameters actual = QueryParser.parse(query, MIXED);
    assertThat(actual.errors()).as("errors of %s", query).isEqualTo(expected.errors());
    assertThat(actual.values().size()).isEqualTo(expected.values().size());
    assertThat(new ArrayList<>(actual.values().entrySet())).as("values of %s", query)
        .isEqualTo(new ArrayList<>(expected.values().entrySet()));
    assertThat(actual.values()).isEqualTo(expected.values());
    for (ParameterSpec spec : MIXED.parameters()) {
      assertThat(actual.value(spec.name())).isEqualTo(expected.values().get(spec.name()));
    }
    Statistics.label("query").collect(query.indexOf('%') >= 0 ? "escaped" : "plain");
    Statistics.label("query").coverage(coverage -> {
      coverage.check("escaped").percentage(p -> p >= 20);
      coverage.check("plain").percentage(p -> p >= 20);
    });
    for (ParameterError error : expected.errors()) {
      String reason = error.reason();
      Statistics.label("reason").collect(reason.contains(" (") ? reason.substring(0, reason.indexOf(" (")) : reason);
    }
    for (String name : expected.values().keySet()) {
      Statistics.label("reason").collect("accepted " + name);
    }
    Statistics.label("reason").coverage(coverage -> {
      for (String reason : List.of("is required", "is too long", "has a malformed percent-escape",
          "is not valid UTF-8", "could not be checked", "is not ok", "is not an integer",
          "is not a decimal number", "is out of range", "accepted lat", "accepted far", "accepted n",
          "accepted big", "accepted word", "accepted kind", "accepted tag")) {
        coverage.check(reason).count(n -> n > 0);
      }
      coverage.check("is given 2 times; give it once").count(n -> n > 0);
    });
  }

  private static final List<String> NAMES = List.of("lat", "far", "n", "big", "word", "kind", "tag");

  /** Any soup of pairs, half the time; else each parameter at most once, in any order. */
  @Provide
  Arbitrary<String> queries() {
    Map<String, Arbitrary<String>> pairsByName = new HashMap<>();
    for (String name : NAMES) {
      pairsByName.put(name, valueFor(name).map(value -> name + "=" + value));
    }
    Arbitrary<String> names = Arbitraries.frequencyOf(
        Tuple.of(12, Arbitraries.of(NAMES)),
        Tuple.of(2, Arbitraries.of("%6Cat", "l%61t", "%6e", "%77ord", "%6B%69%6E%64", "%6c%61%74")),
        Tuple.of(1, Arbitraries.of("x", "LAT", "", "lat ", "%", "%6", "%FF", "la\uD800t")),
        Tuple.of(1, Hostile.text()));
    Arbitrary<String> pair = Combinators.combine(names, values(), Arbitraries.integers().between(0, 9))
        .as((name, value, form) -> form == 0 ? name : name + "=" + value);
    Arbitrary<String> soup = Combinators.combine(pair.list().ofMaxSize(8), Arbitraries.of("", "", "", "&"),
            Arbitraries.of("", "", "&", "&&"))
        .as((pairs, before, after) -> before + String.join("&", pairs) + after);
    Arbitrary<String> oneEach = Combinators.combine(Arbitraries.shuffle(NAMES), Arbitraries.integers().between(3, 7))
        .flatAs((order, count) -> {
          List<Arbitrary<String>> pairs = new ArrayList<>();
          for (String name : order.subList(0, count)) {
            pairs.add(pairsByName.get(name));
          }
          return Combinators.combine(pairs).as(all -> String.join("&", all));
        });
    return Arbitraries.oneOf(soup, oneEach);
  }

  /** A value for the parameter: one of its type's own, or any. */
  private static Arbitrary<String> valueFor(String name) {
    Arbitrary<String> own = switch (name) {
      case "lat", "far" -> NumberTexts.decimals();
      case "n", "big" -> NumberTexts.integers();
      case "word" -> Arbitraries.of("Oslo", "North_Sea2", "O%73lo", "2air", "sn\u00f8", "");
      case "kind" -> Arbitraries.of("rain", "sn\u00f8", "\uD83C\uDF27", "snow", "sn%C3%B8", "%F0%9F%8C%A7");
      default -> Arbitraries.of("ok", "okay", "ok\uD83D\uDE00", "boom", "b%6Fom", "bad", "ok%F0%9F");
    };
    return Arbitraries.oneOf(own, values());
  }

  private static Arbitrary<String> values() {
    Arbitrary<String> plain = Arbitraries.frequencyOf(
        Tuple.of(4, NumberTexts.decimals()),
        Tuple.of(3, NumberTexts.integers()),
        Tuple.of(2, NumberTexts.spoiled(NumberTexts.decimals())),
        Tuple.of(3, Arbitraries.of("rain", "sn\u00f8", "\uD83C\uDF27", "snow", "okay", "ok\uD83D\uDE00",
            "ok\u00e6", "boom", "bad", "Oslo", "North_Sea2", "2air", "", "\uD83D\uDE00", "\uD800", "a\uDC00",
            "ok\uD800", "60.1\uD83D\uDE00", "1".repeat(65), "1".repeat(209), "ok" + "x".repeat(207))),
        Tuple.of(2, Hostile.text()));
    return Arbitraries.frequencyOf(
        Tuple.of(5, plain),
        Tuple.of(3, Combinators.combine(plain, Arbitraries.integers().between(0, 2), Arbitraries.longs())
            .as(QueryReadingProperties::escape)),
        Tuple.of(1, Arbitraries.of("59%2E9", "%2D0", "%2B5", "6%30", "%31".repeat(60), "%31".repeat(70),
            "%", "%G1", "%1", "%FF", "%C3", "%C3%A", "%ED%A0%80", "sn%C3%B8", "sn%c3%b8", "%F0%9F%8C%A7",
            "ok%F0%9F", "rain%00", "%72ain", "\uD83C%8C%A7")));
  }

  /**
   * Percent-escapes characters of a value as UTF-8, in upper or lower case: none ({@code how}
   * 0), those the bits of {@code choice} pick (1), or all (2). Lone surrogates stay as they are.
   */
  private static String escape(String value, int how, long choice) {
    StringBuilder escaped = new StringBuilder();
    for (int i = 0; i < value.length(); ) {
      int codePoint = value.codePointAt(i);
      int count = Character.charCount(codePoint);
      boolean lone = Character.isSurrogate(value.charAt(i)) && count == 1;
      boolean chosen = how == 2 || (how == 1 && ((choice >>> (i & 63)) & 1) == 1);
      if (chosen && !lone) {
        for (byte b : value.substring(i, i + count).getBytes(StandardCharsets.UTF_8)) {
          String hex = String.format("%%%02X", b & 0xff);
          escaped.append((choice & 1) == 0 ? hex : hex.toLowerCase(java.util.Locale.ROOT));
        }
      } else {
        escaped.appendCodePoint(codePoint);
      }
      i += count;
    }
    return escaped.toString();
  }
}
