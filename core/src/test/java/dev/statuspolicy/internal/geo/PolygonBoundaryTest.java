package dev.statuspolicy.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Points on a ring's edges get the answer ray casting gives (its southern and western edges are
 * inside, its northern and eastern ones outside), and its bounds stay in [-180, 180] up to the
 * antimeridian itself.
 */
class PolygonBoundaryTest {

  private static final PolygonIndex SQUARE = PolygonIndex.of(List.of(
      GeoPoint.of(0, 0), GeoPoint.of(0, 10), GeoPoint.of(10, 10), GeoPoint.of(10, 0)));

  @Test
  void theSouthernAndWesternEdgesAreInside() {
    assertThat(SQUARE.contains(0, 5)).isTrue();
    assertThat(SQUARE.contains(5, 0)).isTrue();
  }

  @Test
  void theNorthernAndEasternEdgesAreOutside() {
    assertThat(SQUARE.contains(10, 5)).isFalse();
    assertThat(SQUARE.contains(5, 10)).isFalse();
  }

  @Test
  void aRingUpToTheAntimeridianKeepsItsBoundsOnTheirSide() {
    PolygonIndex east = PolygonIndex.of(List.of(
        GeoPoint.of(0, 170), GeoPoint.of(0, 180), GeoPoint.of(10, 180), GeoPoint.of(10, 170)));
    assertThat(east.west()).isEqualTo(170);
    assertThat(east.east()).isEqualTo(180);
    PolygonIndex west = PolygonIndex.of(List.of(
        GeoPoint.of(0, -180), GeoPoint.of(0, -170), GeoPoint.of(10, -170), GeoPoint.of(10, -180)));
    assertThat(west.west()).isEqualTo(-180);
    assertThat(west.east()).isEqualTo(-170);
  }
}
