package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Coverage shapes: the globe, boxes (across the antimeridian too), polygons and unions. */
class CoverageTest {

  @Test
  void theGlobeCoversEveryValidPoint() {
    Coverage globe = Coverage.globe();
    assertThat(globe.contains(90, 180)).isTrue();
    assertThat(globe.contains(-90, -180)).isTrue();
    assertThat(globe.contains(0, 0)).isTrue();
    assertThat(globe.bounds()).isEqualTo(Coverage.box(-90, -180, 90, 180));
    assertThat(globe.describe()).isEqualTo("the whole globe");
    assertThat(globe).hasToString("Globe");
  }

  @Test
  void aBoxIncludesItsEdges() {
    Coverage.Box nordic = Coverage.box(54, 4, 72, 32);
    assertThat(nordic.contains(54, 4)).isTrue();
    assertThat(nordic.contains(72, 32)).isTrue();
    assertThat(nordic.contains(60, 10)).isTrue();
    assertThat(nordic.contains(53.9999, 10)).isFalse();
    assertThat(nordic.contains(72.0001, 10)).isFalse();
    assertThat(nordic.contains(60, 3.9999)).isFalse();
    assertThat(nordic.contains(60, 32.0001)).isFalse();
    assertThat(nordic.crossesAntimeridian()).isFalse();
    assertThat(nordic.bounds()).isSameAs(nordic);
    assertThat(nordic.describe()).doesNotContain("antimeridian");
  }

  @Test
  void aBoxWhoseWestIsEastOfItsEastCrossesTheAntimeridian() {
    Coverage.Box pacific = Coverage.box(-50, 170, -30, -170);
    assertThat(pacific.crossesAntimeridian()).isTrue();
    assertThat(pacific.contains(-40, 175)).isTrue();
    assertThat(pacific.contains(-40, 180)).isTrue();
    assertThat(pacific.contains(-40, -180)).isTrue();
    assertThat(pacific.contains(-40, -175)).isTrue();
    assertThat(pacific.contains(-40, 170)).isTrue();
    assertThat(pacific.contains(-40, -170)).isTrue();
    assertThat(pacific.contains(-40, 0)).isFalse();
    assertThat(pacific.contains(-40, 169.9)).isFalse();
    assertThat(pacific.contains(-40, -169.9)).isFalse();
    assertThat(pacific.contains(-29, 175)).isFalse();
    assertThat(pacific.describe()).contains("antimeridian");
  }

  @Test
  void anInvalidBoxIsRefused() {
    assertThatThrownBy(() -> Coverage.box(10, 0, 5, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("south");
    assertThatThrownBy(() -> Coverage.box(-91, 0, 5, 1)).hasMessageContaining("latitude");
    assertThatThrownBy(() -> Coverage.box(0, 0, 91, 1)).hasMessageContaining("latitude");
    assertThatThrownBy(() -> Coverage.box(0, -181, 5, 1)).hasMessageContaining("longitude");
    assertThatThrownBy(() -> Coverage.box(0, 0, 5, Double.NaN)).hasMessageContaining("longitude");
  }

  @Test
  void aPolygonContainsItsInteriorOnly() {
    Coverage.Polygon triangle = Coverage.polygon(GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 0));
    assertThat(triangle.contains(2, 2)).isTrue();
    assertThat(triangle.contains(6, 6)).isFalse();
    assertThat(triangle.contains(-1, 1)).isFalse();
    assertThat(triangle.contains(11, 1)).isFalse();
    assertThat(triangle.contains(1, -1)).isFalse();
    assertThat(triangle.contains(1, 11)).isFalse();
    assertThat(triangle.bounds()).isEqualTo(Coverage.box(0, 0, 10, 10));
    assertThat(triangle.vertices()).hasSize(3);
    assertThat(triangle.describe()).contains("3 vertices");
  }

  @Test
  void aPolygonWithAConcavityExcludesIt() {
    // a U shape: the notch between the arms is outside
    Coverage.Polygon u = Coverage.polygon(GeoPoint.of(0, 0), GeoPoint.of(0, 30), GeoPoint.of(30, 30),
        GeoPoint.of(30, 20), GeoPoint.of(10, 20), GeoPoint.of(10, 10), GeoPoint.of(30, 10), GeoPoint.of(30, 0));
    assertThat(u.contains(20, 15)).isFalse();
    assertThat(u.contains(20, 5)).isTrue();
    assertThat(u.contains(20, 25)).isTrue();
    assertThat(u.contains(5, 15)).isTrue();
  }

  @Test
  void aPolygonCrossingTheAntimeridianTakesTheShortWayRound() {
    Coverage.Polygon fiji = Coverage.polygon(GeoPoint.of(-20, 175), GeoPoint.of(-20, -175),
        GeoPoint.of(-10, -175), GeoPoint.of(-10, 175));
    assertThat(fiji.contains(-15, 178)).isTrue();
    assertThat(fiji.contains(-15, 180)).isTrue();
    assertThat(fiji.contains(-15, -180)).isTrue();
    assertThat(fiji.contains(-15, -178)).isTrue();
    assertThat(fiji.contains(-15, 0)).isFalse();
    assertThat(fiji.contains(-15, 170)).isFalse();
    assertThat(fiji.contains(-15, -170)).isFalse();
    Coverage.Box bounds = fiji.bounds();
    assertThat(bounds.crossesAntimeridian()).isTrue();
    assertThat(bounds.west()).isEqualTo(175);
    assertThat(bounds.east()).isEqualTo(-175);
  }

  @Test
  void aPolygonWindingRoundAPoleOrWithTooFewVerticesIsRefused() {
    assertThatThrownBy(() -> Coverage.polygon(GeoPoint.of(80, 0), GeoPoint.of(80, 120), GeoPoint.of(80, -120)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pole");
    assertThatThrownBy(() -> Coverage.polygon(GeoPoint.of(0, 0), GeoPoint.of(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 vertices");
  }

  @Test
  void polygonsAreEqualByTheirVertices() {
    Coverage.Polygon a = Coverage.polygon(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(1, 0));
    Coverage.Polygon b = new Coverage.Polygon(List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(1, 0)));
    Coverage.Polygon c = Coverage.polygon(GeoPoint.of(0, 0), GeoPoint.of(0, 2), GeoPoint.of(1, 0));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo("polygon");
    assertThat(a.toString()).startsWith("Polygon[");
  }

  @Test
  void aUnionCoversWhatAnyPartCovers() {
    Coverage.Union union = Coverage.union(Coverage.box(0, 0, 10, 10), Coverage.box(20, 20, 30, 30),
        Coverage.polygon(GeoPoint.of(-10, -10), GeoPoint.of(-10, -5), GeoPoint.of(-5, -10)));
    assertThat(union.contains(5, 5)).isTrue();
    assertThat(union.contains(25, 25)).isTrue();
    assertThat(union.contains(-9, -9)).isTrue();
    assertThat(union.contains(15, 15)).isFalse();
    assertThat(union.bounds()).isEqualTo(Coverage.box(-10, -10, 30, 30));
    assertThat(union.describe()).isEqualTo("the union of " + union.parts().get(0).describe() + ", "
        + union.parts().get(1).describe() + " and " + union.parts().get(2).describe());
    assertThatThrownBy(() -> Coverage.union()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBoundsOfAUnionWithAPartAcrossTheAntimeridianSpanEveryLongitude() {
    Coverage.Union union = Coverage.union(Coverage.box(0, 0, 10, 10), Coverage.box(-5, 170, 5, -170));
    assertThat(union.bounds()).isEqualTo(Coverage.box(-5, -180, 10, 180));
  }

  @Test
  void geoPointsOutsideTheirRangesAreRefused() {
    assertThat(GeoPoint.of(90, -180)).isEqualTo(new GeoPoint(90, -180));
    assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 0)).hasMessageContaining("latitude");
    assertThatThrownBy(() -> GeoPoint.of(0, 180.5)).hasMessageContaining("longitude");
    assertThatThrownBy(() -> GeoPoint.of(-90.5, 0)).hasMessageContaining("latitude");
  }
}
