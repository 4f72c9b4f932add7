package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import org.junit.jupiter.api.Test;

/** Regressions found while benchmarking the parser on hostile and unusual queries. */
class QueryParserHostileInputTest {

  private static final Endpoint ENDPOINT = Endpoint.of("complete",
      ParameterSpec.latitude(), ParameterSpec.longitude(),
      ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)));

  @Test
  void manyPairsWithoutEqualsSignsAreIgnoredAndTheDeclaredOnesStillRead() {
    String query = "lat=59.9&lon=10.7" + "&x".repeat(200_000) + "&altitude=90";

    Parameters parameters = QueryParser.parse(query, ENDPOINT);

    assertThat(parameters.errors()).isEmpty();
    assertThat(parameters.values()).containsEntry("lat", "59.9").containsEntry("lon", "10.7")
        .containsEntry("altitude", "90").hasSize(3);
  }

  @Test
  void aDeclaredNameWithoutEqualsSignHasAnEmptyValueEvenWhenAnEqualsSignFollowsLater() {
    Parameters parameters = QueryParser.parse("lat&lon=10&altitude=1", ENDPOINT);

    assertThat(parameters.errors()).extracting(ParameterError::name).containsExactly("lat");
    assertThat(parameters.errors().get(0).value()).isEmpty();
    assertThat(parameters.value("lon")).isEqualTo("10");
  }

  @Test
  void aNameWhoseEscapesDoNotDecodeMatchesNoParameterEvenOneNamedLikeTheFailure() {
    Endpoint endpoint = Endpoint.of("x", ParameterSpec.required("malformed", ParameterType.string()),
        ParameterSpec.optional("not", ParameterType.string()));

    Parameters parameters = QueryParser.parse("%zz=abc&%C3%28=def", endpoint);

    assertThat(parameters.errors()).extracting(ParameterError::name).containsExactly("malformed");
    assertThat(parameters.errors().get(0).reason()).startsWith("is required");
  }

  @Test
  void repeatsAreCountedWhateverTheOrderOfTheOtherParameters() {
    Parameters parameters = QueryParser.parse("lon=1&lat=2&altitude=3&lat=4&lon=5&lat=6", ENDPOINT);

    assertThat(parameters.errors()).extracting(ParameterError::name, ParameterError::value, ParameterError::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lat", "2", "is given 3 times; give it once"),
            org.assertj.core.groups.Tuple.tuple("lon", "1", "is given 2 times; give it once"));
    assertThat(parameters.values()).containsOnlyKeys("altitude");
  }
}
