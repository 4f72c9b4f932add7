package dev.statuspolicy.examples.nowcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.catalog.Coverage;
import org.junit.jupiter.api.Test;

/** The Nordic coverage as the team ships it, and the documents the reader refuses. */
class GeoJsonCoverageTest {

  private static final String SQUARE = "[[[10, 59], [11, 59], [11, 60], [10, 60], [10, 59]]]";

  @Test
  void theShippedCoverageHoldsTheNordicCapitalsAndNotTheirNeighbours() {
    Coverage nordic = NowcastTeam.coverage();
    assertThat(nordic.contains(59.9139, 10.7522)).as("Oslo").isTrue();
    assertThat(nordic.contains(59.3293, 18.0686)).as("Stockholm").isTrue();
    assertThat(nordic.contains(60.1699, 24.9384)).as("Helsinki").isTrue();
    assertThat(nordic.contains(55.6761, 12.5683)).as("Copenhagen").isTrue();
    assertThat(nordic.contains(69.6492, 18.9553)).as("Tromso").isTrue();
    assertThat(nordic.contains(52.52, 13.405)).as("Berlin").isFalse();
    assertThat(nordic.contains(59.4370, 24.7536)).as("Tallinn").isFalse();
    assertThat(nordic.contains(64.1466, -21.9426)).as("Reykjavik").isFalse();
  }

  @Test
  void positionsAreLongitudeFirst() {
    Coverage square = GeoJsonCoverage.parse("{\"type\": \"Polygon\", \"coordinates\": " + SQUARE + "}");
    assertThat(square.contains(59.5, 10.5)).isTrue();
    assertThat(square.contains(10.5, 59.5)).isFalse();
  }

  @Test
  void aFeatureAndAMultiPolygonAreReadToo() {
    Coverage two = GeoJsonCoverage.parse("{\"type\": \"Feature\", \"geometry\": {\"type\": \"MultiPolygon\","
        + " \"coordinates\": [" + SQUARE + ", [[[20, 65], [21, 65], [21, 66], [20, 66], [20, 65]]]]}}");
    assertThat(two.contains(59.5, 10.5)).isTrue();
    assertThat(two.contains(65.5, 20.5)).isTrue();
    assertThat(two.contains(62, 15)).isFalse();
  }

  @Test
  void eachBrokenDocumentIsRefusedSayingWhereAndWhat() {
    assertRefused("not json", "not JSON");
    assertRefused("{\"type\": \"FeatureCollection\", \"features\": []}", "has no features");
    assertRefused("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\","
        + " \"properties\": {\"name\": \"Gotland\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [18, 57]}}]}",
        "feature 0 (Gotland) is a Point");
    assertRefused("{\"type\": \"Polygon\", \"coordinates\": [[[10, 59], [11, 59], [11, 60], [10, 60]]]}",
        "the ring is not closed");
    assertRefused("{\"type\": \"Polygon\", \"coordinates\": [[[10, 59], [11, 59], [10, 59]]]}",
        "at least four positions");
    assertRefused("{\"type\": \"Polygon\", \"coordinates\": [[[10, 59], [11, 59], [11, 95], [10, 59]]]}",
        "position 2 is off the globe");
    assertRefused("{\"type\": \"Polygon\", \"coordinates\": " + SQUARE.replace("]]]", "]], [[10.2, 59.2],"
        + " [10.4, 59.2], [10.4, 59.4], [10.2, 59.2]]]") + "}", "has holes");
    assertRefused("{\"type\": \"Polygon\", \"coordinates\": [[[10, \"59\"], [11, 59], [11, 60], [10, \"59\"]]]}",
        "position 0 is not [longitude, latitude]");
  }

  @Test
  void aMissingResourceIsRefusedNamingIt() {
    assertThatThrownBy(() -> GeoJsonCoverage.resource("/no/such.geojson"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/no/such.geojson");
  }

  private static void assertRefused(String json, String reason) {
    assertThatThrownBy(() -> GeoJsonCoverage.parse(json))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
  }
}
