package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Values the parser checks where they stand read back as the text of the query: a number's raw
 * text, an escaped number decoded, the same string object on a second read (cut once), in
 * declaration order and with the right size; and {@link ParameterValues#number} and {@link
 * ParameterValues#decimals} read NaN and -1 for a parameter that is absent or was rejected.
 */
class QueryValuesWhereTheyStandTest {

  private static Parameters parse(String query) {
    return QueryParser.parse(query, Fixtures.compact());
  }

  @Test
  void numbersReadBackAsTheirRawText() {
    Parameters parameters = parse("altitude=+0042&lon=-010.700&lat=060.10");
    assertThat(parameters.errors()).isEmpty();
    assertThat(parameters.value("lat")).isEqualTo("060.10");
    assertThat(parameters.value("lon")).isEqualTo("-010.700");
    assertThat(parameters.value("altitude")).isEqualTo("+0042");
  }

  @Test
  void anEscapedNumberIsDecodedWhereverTheEscapeIs() {
    Parameters parameters = parse("lat=59%2E9&lon=%2D10%2e7&altitude=1%30");
    assertThat(parameters.errors()).isEmpty();
    assertThat(parameters.values()).containsExactly(
        Map.entry("lat", "59.9"), Map.entry("lon", "-10.7"), Map.entry("altitude", "10"));
    ParameterValues values = (ParameterValues) parameters.values();
    assertThat(values.number("lat")).isEqualTo(59.9);
    assertThat(values.decimals("lon")).isEqualTo(1);
    Parameters plainNextToEscaped = parse("lat=59.25&lon=%31%30");
    assertThat(plainNextToEscaped.value("lat")).isEqualTo("59.25");
    assertThat(((ParameterValues) plainNextToEscaped.values()).number("lat")).isEqualTo(59.25);
    assertThat(((ParameterValues) plainNextToEscaped.values()).number("lon")).isEqualTo(10.0);
  }

  @Test
  void numberAndDecimalsReadTheValueInPlaceAndNothingForAnAbsentOrRejectedOne() {
    ParameterValues values = (ParameterValues) parse("lat=60.125&lon=1e3&altitude=12&altitude=13").values();
    assertThat(values.number("lat")).isEqualTo(60.125);
    assertThat(values.decimals("lat")).isEqualTo(3);
    assertThat(values.number("lon")).as("rejected").isNaN();
    assertThat(values.decimals("lon")).as("rejected").isEqualTo(-1);
    assertThat(values.number("altitude")).as("repeated").isNaN();
    assertThat(values.decimals("altitude")).as("repeated").isEqualTo(-1);
    assertThat(values.number("undeclared")).isNaN();
    assertThat(values.decimals("undeclared")).isEqualTo(-1);
    ParameterValues integer = (ParameterValues) parse("lat=1&lon=2&altitude=-0500").values();
    assertThat(integer.number("altitude")).isEqualTo(-500.0);
    assertThat(integer.decimals("altitude")).isZero();
  }

  @Test
  void theLocationIsFoundInTheSpecsOnceWhateverTheOrderAndAnAbsentOneReadsAsNothing() {
    // names equal to lat and lon but not the same strings, declared lon first
    Endpoint reversed = Endpoint.of("reversed",
        ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)),
        ParameterSpec.optional(new String("lon"), ParameterType.decimal(-180, 180)),
        ParameterSpec.optional(new String("lat"), ParameterType.decimal(-90, 90)));
    ParameterValues both = (ParameterValues) QueryParser.parse("lat=60.125&lon=-7.5", reversed).values();
    assertThat(both.takesLocation()).isTrue();
    assertThat(both.number("lat")).isEqualTo(60.125);
    assertThat(both.decimals("lat")).isEqualTo(3);
    assertThat(both.number("lon")).isEqualTo(-7.5);
    assertThat(both.decimals("lon")).isEqualTo(1);
    ParameterValues lonOnly = (ParameterValues) QueryParser.parse("lon=-7.5&altitude=3", reversed).values();
    assertThat(lonOnly.takesLocation()).as("declared, whether sent or not").isTrue();
    assertThat(lonOnly.number("lat")).as("declared and absent").isNaN();
    assertThat(lonOnly.decimals("lat")).as("declared and absent").isEqualTo(-1);
    assertThat(lonOnly.get("lat")).isNull();
    assertThat(lonOnly.number("lon")).isEqualTo(-7.5);
  }

  @Test
  void takesLocationAgreesWithTheEndpointItWasReadAgainstAndOnlyThatListCounts() {
    List<Endpoint> endpoints = List.of(Fixtures.compact(),
        Endpoint.of("latitude-only", ParameterSpec.latitude()),
        Endpoint.of("longitude-only", ParameterSpec.longitude(),
            ParameterSpec.optional("altitude", ParameterType.integer(0, 10))),
        Endpoint.of("none", ParameterSpec.optional("altitude", ParameterType.integer(0, 10))));
    for (Endpoint endpoint : endpoints) {
      ParameterValues values = (ParameterValues) QueryParser.parse("lat=1&lon=2", endpoint).values();
      assertThat(values.takesLocation()).as(endpoint.name()).isEqualTo(endpoint.takesLocation());
      assertThat(values.readAgainst(endpoint.parameters())).as(endpoint.name()).isTrue();
      assertThat(values.readAgainst(new ArrayList<>(endpoint.parameters()))).as(endpoint.name()).isFalse();
    }
    assertThat(endpoints.stream().filter(Endpoint::takesLocation).count()).isEqualTo(1);
  }

  @Test
  void aValueCutFromTheQueryReadsTheSameEveryTimeAndByEveryRoad() {
    Parameters parameters = parse("lat=60.1&lon=10.7");
    String first = parameters.value("lat");
    assertThat(first).isEqualTo("60.1");
    assertThat(parameters.value("lat")).isEqualTo(first);
    assertThat(parameters.values().get("lat")).isEqualTo(first);
    Map.Entry<String, String> entry = parameters.values().entrySet().iterator().next();
    assertThat(entry).isEqualTo(Map.entry("lat", "60.1"));
    String escaped = parse("lat=60%2E1&lon=10.7").value("lat");
    assertThat(escaped).isEqualTo("60.1");
  }

  @Test
  void iterationFollowsTheDeclarationAndSizeCountsOnlyTheAcceptedValues() {
    Parameters parameters = parse("altitude=100&lon=10.7&lat=60.1");
    assertThat(List.copyOf(parameters.values().keySet())).containsExactly("lat", "lon", "altitude");
    assertThat(parameters.values()).hasSize(3);
    Parameters someRejected = parse("altitude=x&lon=10.7&lat=91");
    assertThat(someRejected.values()).containsExactly(Map.entry("lon", "10.7"));
    assertThat(someRejected.values().size()).isEqualTo(1);
    assertThat(someRejected.values().containsKey("lat")).isFalse();
    assertThat(someRejected.errors()).extracting(ParameterError::name).containsExactly("lat", "altitude");
    assertThat(someRejected.errors().get(0).reason()).isEqualTo("is out of range (expected a decimal number from -90 to 90)");
  }
}
