package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Coverage against brute-force references: polygons against plain ray casting over every edge
 * (no band index, no unwrapping tricks), boxes across the antimeridian against a union of two
 * ordinary boxes, unions against their parts.
 */
class CoverageProperties {

  /** A star-shaped ring round a centre, so that it never crosses itself. */
  record Star(double centreLat, double centreLon, double[] dLat, double[] dLon) {
    List<GeoPoint> vertices() {
      List<GeoPoint> ring = new ArrayList<>();
      for (int i = 0; i < dLat.length; i++) {
        ring.add(GeoPoint.of(centreLat + dLat[i], wrap(centreLon + dLon[i])));
      }
      return ring;
    }

    /** Ray casting over every edge, in coordinates relative to the centre. */
    boolean referenceContains(double lat, double lon) {
      double x = wrap(lon - centreLon);
      double y = lat - centreLat;
      boolean inside = false;
      int n = dLat.length;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        double yi = dLat[i];
        double yj = dLat[j];
        double xi = dLon[i];
        double xj = dLon[j];
        if ((yi > y) != (yj > y) && x < xi + (y - yi) * (xj - xi) / (yj - yi)) {
          inside = !inside;
        }
      }
      return inside;
    }

    /** How far the point is from the nearest edge, in degrees (to skip ambiguous points). */
    double distanceToBoundary(double lat, double lon) {
      double x = wrap(lon - centreLon);
      double y = lat - centreLat;
      double best = Double.MAX_VALUE;
      int n = dLat.length;
      for (int i = 0, j = n - 1; i < n; j = i++) {
        double ax = dLon[j];
        double ay = dLat[j];
        double bx = dLon[i];
        double by = dLat[i];
        double dx = bx - ax;
        double dy = by - ay;
        double t = ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy);
        t = Math.max(0, Math.min(1, t));
        best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
      }
      return best;
    }
  }

  static double wrap(double lon) {
    double v = lon;
    while (v > 180) {
      v -= 360;
    }
    while (v < -180) {
      v += 360;
    }
    return v;
  }

  @Provide
  Arbitrary<Star> stars() {
    return Combinators.combine(
            Arbitraries.doubles().between(-60, 60),
            Arbitraries.doubles().between(-180, 180),
            Arbitraries.integers().between(3, 40),
            Arbitraries.doubles().between(0.5, 25).list().ofSize(40),
            Arbitraries.doubles().between(0, 1).list().ofSize(40))
        .as((lat, lon, n, radii, jitter) -> {
          double[] dLat = new double[n];
          double[] dLon = new double[n];
          for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * (i + 0.8 * jitter.get(i)) / n;
            dLat[i] = radii.get(i) * Math.sin(angle);
            dLon[i] = radii.get(i) * Math.cos(angle);
          }
          return new Star(lat, lon, dLat, dLon);
        });
  }

  @Property(tries = 400)
  void aPolygonContainsExactlyWhatRayCastingOverEveryEdgeSays(
      @ForAll("stars") Star star,
      @ForAll @DoubleRange(min = -30, max = 30) double dLat,
      @ForAll @DoubleRange(min = -30, max = 30) double dLon) {
    Coverage.Polygon polygon = new Coverage.Polygon(star.vertices());
    double lat = Math.max(-90, Math.min(90, star.centreLat() + dLat));
    double lon = wrap(star.centreLon() + dLon);
    if (star.distanceToBoundary(lat, lon) > 1e-7) {
      assertThat(polygon.contains(lat, lon)).as("%s at %s, %s", star, lat, lon)
          .isEqualTo(star.referenceContains(lat, lon));
    }
  }

  @Property(tries = 50)
  void everyPointOfAPolygonAgreesWithTheReferenceOnAGrid(@ForAll("stars") Star star) {
    Coverage.Polygon polygon = new Coverage.Polygon(star.vertices());
    for (double dLat = -26; dLat <= 26; dLat += 1.3) {
      for (double dLon = -26; dLon <= 26; dLon += 1.7) {
        double lat = star.centreLat() + dLat;
        double lon = wrap(star.centreLon() + dLon);
        if (star.distanceToBoundary(lat, lon) > 1e-7) {
          assertThat(polygon.contains(lat, lon)).isEqualTo(star.referenceContains(lat, lon));
        }
      }
    }
    Coverage.Box bounds = polygon.bounds();
    for (GeoPoint vertex : star.vertices()) {
      assertThat(bounds.contains(vertex.latitude(), vertex.longitude())).isTrue();
    }
  }

  @Property(tries = 500)
  void aBoxAcrossTheAntimeridianIsTheUnionOfItsTwoHalves(
      @ForAll @DoubleRange(min = -90, max = 90) double south,
      @ForAll @IntRange(min = 0, max = 60) int height,
      @ForAll @DoubleRange(min = -180, max = 180) double west,
      @ForAll @DoubleRange(min = -180, max = 180) double east,
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon) {
    double north = Math.min(90, south + height);
    Coverage.Box box = Coverage.box(south, west, north, east);
    boolean expected = west <= east
        ? Coverage.box(south, west, north, east).contains(lat, lon)
        : Coverage.box(south, west, north, 180).contains(lat, lon)
            || Coverage.box(south, -180, north, east).contains(lat, lon);
    assertThat(box.contains(lat, lon)).isEqualTo(expected);
    assertThat(box.crossesAntimeridian()).isEqualTo(west > east);
  }

  @Property(tries = 300)
  void aUnionContainsAPointWhenAnyPartDoes(
      @ForAll("stars") Star star,
      @ForAll @DoubleRange(min = -90, max = 90) double lat,
      @ForAll @DoubleRange(min = -180, max = 180) double lon) {
    Coverage polygon = new Coverage.Polygon(star.vertices());
    Coverage box = Coverage.box(-10, 170, 10, -170);
    Coverage union = Coverage.union(polygon, box);
    assertThat(union.contains(lat, lon)).isEqualTo(polygon.contains(lat, lon) || box.contains(lat, lon));
    Coverage.Box bounds = union.bounds();
    if (union.contains(lat, lon)) {
      assertThat(bounds.contains(lat, lon)).isTrue();
    }
  }
}
