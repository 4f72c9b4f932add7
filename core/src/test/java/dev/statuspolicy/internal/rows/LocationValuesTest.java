package dev.statuspolicy.internal.rows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.internal.parse.QueryParser;
import dev.statuspolicy.request.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether a target takes a location is read from the parser's values only when they were read
 * against the target's own endpoint; values read for another endpoint, or parameters a context
 * built itself, leave the answer to the endpoint.
 */
class LocationValuesTest {

  private static Target target(String path) {
    return ((Lookup.Found) Fixtures.catalog().resolve(path)).target();
  }

  @Test
  void theAnswerIsTheTargetsEndpointsWhereverTheParametersWereRead() {
    Target located = target("/weatherapi/nowcast/2.0/compact");
    Target image = target("/weatherapi/satellite/1.0/image");
    Parameters forLocated = QueryParser.parse(Fixtures.INSIDE, located.endpoint());
    Parameters forImage = QueryParser.parse(Fixtures.INSIDE, image.endpoint());

    assertThat(LocationValues.takesLocation(located, forLocated)).isTrue();
    assertThat(LocationValues.takesLocation(image, forImage)).isFalse();
    assertThat(LocationValues.takesLocation(image, forLocated)).as("read for another endpoint").isFalse();
    assertThat(LocationValues.takesLocation(located, forImage)).as("read for another endpoint").isTrue();
    Parameters built = new Parameters(Map.of("lat", "60.1", "lon", "10.7"), List.of());
    assertThat(LocationValues.takesLocation(image, built)).as("built by a context").isFalse();
    assertThat(LocationValues.takesLocation(located, built)).as("built by a context").isTrue();
  }
}
