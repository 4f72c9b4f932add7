package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.fixtures.Hostile;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

/** The query parser is total, and agrees with a straightforward reading of valid queries. */
class QueryParserProperties {

  private static final Endpoint COMPACT = Fixtures.compact();

  @Property(tries = 300)
  void anyQueryIsParsedWithoutThrowing(@ForAll("queries") String query) {
    Parameters parameters = QueryParser.parse(query, COMPACT);
    for (ParameterError error : parameters.errors()) {
      assertThat(List.of("lat", "lon", "altitude")).contains(error.name());
      assertThat(error.value().length()).isLessThanOrEqualTo(ParameterError.MAX_VALUE_LENGTH + 3);
      assertThat(parameters.value(error.name())).isNull();
    }
    for (String name : parameters.values().keySet()) {
      assertThat(parameters.rejected(name)).isFalse();
    }
  }

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> pair = Arbitraries.oneOf(Arbitraries.of("lat", "lon", "altitude", "%6Cat", "x"), Hostile.text())
        .flatMap(name -> Hostile.text().map(value -> name + "=" + value));
    return Arbitraries.oneOf(Hostile.text(), pair.list().ofMaxSize(5).map(pairs -> String.join("&", pairs)));
  }

  @Property(tries = 500)
  void anyEncodingOfAValidLocationReadsBackTheSameNumbers(
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon,
      @ForAll boolean encode, @ForAll boolean reverse) {
    String latText = new java.math.BigDecimal(lat).setScale(4, java.math.RoundingMode.DOWN).toPlainString();
    String lonText = new java.math.BigDecimal(lon).setScale(3, java.math.RoundingMode.DOWN).toPlainString();
    String latRaw = encode ? URLEncoder.encode(latText, StandardCharsets.UTF_8).replace(".", "%2E") : latText;
    String query = reverse ? "lon=" + lonText + "&lat=" + latRaw : "lat=" + latRaw + "&lon=" + lonText;
    Parameters parameters = QueryParser.parse(query, COMPACT);
    assertThat(parameters.errors()).isEmpty();
    assertThat(parameters.value("lat")).isEqualTo(latText);
    assertThat(parameters.value("lon")).isEqualTo(lonText);
  }
}
