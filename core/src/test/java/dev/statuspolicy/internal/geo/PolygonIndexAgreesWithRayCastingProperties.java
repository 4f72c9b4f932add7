package dev.statuspolicy.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The index is only a faster way to ask the ray-casting question: for any ring (simple or not,
 * with vertices on shared latitudes, across the antimeridian) and any point, it answers exactly
 * what casting the ray over every edge answers.
 */
class PolygonIndexAgreesWithRayCastingProperties {

  /** A ring and the points asked about it. */
  record Case(List<GeoPoint> ring, List<GeoPoint> points) {}

  @Property(tries = 300)
  void answersAsPlainRayCastingOverEveryEdge(@ForAll("cases") Case c) {
    PolygonIndex index;
    try {
      index = PolygonIndex.of(c.ring());
    } catch (IllegalArgumentException windsRoundAPole) {
      return;
    }
    for (GeoPoint p : c.points()) {
      assertThat(index.contains(p.latitude(), p.longitude()))
          .as("%s in a ring of %d vertices", p, c.ring().size())
          .isEqualTo(rayCast(c.ring(), p.latitude(), p.longitude()));
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> size = Arbitraries.oneOf(Arbitraries.integers().between(3, 12),
        Arbitraries.integers().between(13, 400));
    Arbitrary<Boolean> grid = Arbitraries.of(true, false);
    Arbitrary<Double> centreLat = Arbitraries.doubles().between(-60, 60);
    Arbitrary<Double> centreLon = Arbitraries.doubles().between(-180, 180);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(size, grid, centreLat, centreLon, seed).as(PolygonIndexAgreesWithRayCastingProperties::make);
  }

  /**
   * Builds a ring from a seed: a star of random radii, or random vertices (mostly
   * self-intersecting); on a whole-degree grid when {@code grid}, so vertices share latitudes
   * with each other and with the points. Half the points sit on vertex latitudes.
   */
  private static Case make(int size, boolean grid, double lat, double lon, long seed) {
    java.util.Random random = new java.util.Random(seed);
    boolean star = random.nextBoolean();
    List<GeoPoint> ring = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double y;
      double x;
      if (star) {
        double angle = 2 * Math.PI * i / size;
        double radius = 1 + random.nextDouble() * 12;
        y = lat + radius * Math.sin(angle) / 2;
        x = lon + radius * Math.cos(angle);
      } else {
        y = lat + (random.nextDouble() - 0.5) * 30;
        x = lon + (random.nextDouble() - 0.5) * 60;
      }
      ring.add(point(grid ? Math.rint(y) : y, grid ? Math.rint(x) : x));
    }
    List<GeoPoint> points = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double y = i % 2 == 0 ? ring.get(random.nextInt(size)).latitude() : lat + (random.nextDouble() - 0.5) * 34;
      double x = lon + (random.nextDouble() - 0.5) * 70;
      points.add(point(grid && i % 3 == 0 ? Math.rint(y) : y, grid && i % 3 == 0 ? Math.rint(x) : x));
    }
    return new Case(ring, points);
  }

  private static GeoPoint point(double lat, double lon) {
    return GeoPoint.of(Math.max(-90, Math.min(90, lat)), ((lon + 180) % 360 + 360) % 360 - 180);
  }

  /** The definition: unwrap as the index does, then test every edge, at x and x plus or minus 360. */
  private static boolean rayCast(List<GeoPoint> ring, double y, double x) {
    int n = ring.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    double previous = ring.get(0).longitude();
    double minX = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double south = Double.POSITIVE_INFINITY;
    double north = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double v = ring.get(i).longitude();
      while (v - previous > 180) {
        v -= 360;
      }
      while (previous - v > 180) {
        v += 360;
      }
      xs[i] = v;
      ys[i] = ring.get(i).latitude();
      previous = v;
      minX = Math.min(minX, v);
      maxX = Math.max(maxX, v);
      south = Math.min(south, ys[i]);
      north = Math.max(north, ys[i]);
    }
    if (y < south || y > north) {
      return false;
    }
    return inside(xs, ys, y, x, minX, maxX)
        || (x + 360 <= maxX && inside(xs, ys, y, x + 360, minX, maxX))
        || (x - 360 >= minX && inside(xs, ys, y, x - 360, minX, maxX));
  }

  private static boolean inside(double[] xs, double[] ys, double y, double x, double minX, double maxX) {
    if (x < minX || x > maxX) {
      return false;
    }
    boolean inside = false;
    for (int i = 0; i < xs.length; i++) {
      int j = (i + 1) % xs.length;
      if ((ys[i] > y) != (ys[j] > y) && x < xs[i] + (y - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i])) {
        inside = !inside;
      }
    }
    return inside;
  }
}
