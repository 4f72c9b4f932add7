package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Accept negotiation over generated headers: total, never a 406, and honest about q-values. */
class AcceptNegotiationProperties {

  @Property(tries = 2000)
  void anyTextChoosesSomeFormatWithoutThrowing(
      @ForAll("noise") List<String> values, @ForAll ErrorFormat fallback) {
    assertThat(AcceptNegotiation.choose(values, fallback)).isNotNull();
  }

  @Property(tries = 1000)
  void aWellFormedHeaderPicksAFormatOfTopQuality(
      @ForAll("ranges") List<Range> ranges, @ForAll ErrorFormat fallback) {
    String header = String.join(", ", ranges.stream().map(Range::text).toList());
    ErrorFormat chosen = AcceptNegotiation.choose(List.of(header), fallback);

    int[] quality = Oracle.qualities(ranges);
    int top = 0;
    for (int q : quality) {
      top = Math.max(top, q);
    }
    if (top == 0) {
      assertThat(chosen).as("nothing acceptable: the default").isEqualTo(fallback);
    } else {
      assertThat(quality[chosen.ordinal()]).as("quality of %s in %s", chosen, header).isEqualTo(top);
    }
  }

  @Property(tries = 300)
  void aRangeNamingOneFormatAloneChoosesIt(@ForAll ErrorFormat wanted, @ForAll ErrorFormat fallback,
      @ForAll("positiveQ") String q) {
    String header = wanted.mediaType() + ";q=" + q;
    assertThat(AcceptNegotiation.choose(List.of(header), fallback)).isEqualTo(wanted);
  }

  @Provide
  Arbitrary<List<String>> noise() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().withChars("text/plain;q=0.5,\"*\\ \t").ofMaxLength(60),
        Arbitraries.of("text/html", "application/json", "*/*", ";q=", "\"", ",", ";", "=", "0.9"));
    return pieces.list().ofMaxSize(8).map(list -> List.of(String.join("", list)))
        .injectDuplicates(0.1);
  }

  @Provide
  Arbitrary<String> positiveQ() {
    return Arbitraries.of("1", "0.001", "0.5", "0.999", "1.0", "1.000");
  }

  /** One generated media range, with its specificity against each format known up front. */
  record Range(String type, String subtype, boolean utf8, int q) {
    String text() {
      return type + "/" + subtype + (utf8 ? ";charset=utf-8" : "") + ";q=" + (q / 1000) + "."
          + String.format("%03d", q % 1000);
    }
  }

  @Provide
  Arbitrary<List<Range>> ranges() {
    Arbitrary<String[]> media = Arbitraries.of(
        new String[] {"*", "*"}, new String[] {"text", "*"}, new String[] {"application", "*"},
        new String[] {"text", "html"}, new String[] {"text", "plain"},
        new String[] {"application", "json"}, new String[] {"application", "problem+json"},
        new String[] {"image", "png"}, new String[] {"application", "xml"});
    Arbitrary<Integer> q = Arbitraries.of(0, 1, 100, 500, 900, 999, 1000);
    return Combinators.combine(media, Arbitraries.of(true, false), q)
        .as((m, utf8, weight) -> new Range(m[0], m[1], utf8, weight))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  /** An independent, slow statement of "the most specific matching range gives the quality". */
  static final class Oracle {
    static int[] qualities(List<Range> ranges) {
      int[] quality = new int[ErrorFormat.values().length];
      for (ErrorFormat format : ErrorFormat.values()) {
        int best = -1;
        int q = 0;
        for (Range range : ranges) {
          int s = specificity(format, range);
          if (s > best || (s == best && s >= 0 && range.q() > q)) {
            if (s >= 0) {
              best = s;
              q = range.q();
            }
          }
        }
        quality[format.ordinal()] = best < 0 ? 0 : q;
      }
      return quality;
    }

    private static int specificity(ErrorFormat format, Range range) {
      String[] media = format.mediaType().split("/");
      int extra = range.utf8() ? 1 : 0;
      if (range.type().equals("*")) {
        return extra;
      }
      if (!range.type().equals(media[0])) {
        return -1;
      }
      if (range.subtype().equals("*")) {
        return 2 + extra;
      }
      if (range.subtype().equals(media[1])) {
        return 6 + extra;
      }
      return format == ErrorFormat.PROBLEM_JSON && range.subtype().equals("json") ? 4 + extra : -1;
    }
  }
}
