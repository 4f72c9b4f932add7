package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.catalog.Coverage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Points to ask a coverage about: inside it, outside it, on its edge (found by bisection between
 * an inside and an outside point), and the places where shapes tend to break: the poles and both
 * sides of the antimeridian. A shape that throws while the kit looks for these points is not
 * judged here; the requests reach the policy with every candidate, and the policy's own answer
 * shows what the shape did.
 */
final class Points {

  /** The points that break naive shapes, whatever the coverage. */
  private static final List<double[]> AWKWARD = List.of(
      new double[] {0, 180}, new double[] {0, -180}, new double[] {12.5, 179.9999},
      new double[] {-12.5, -179.9999}, new double[] {90, 0}, new double[] {-90, 0},
      new double[] {89.9999, 179.9999}, new double[] {0, 0}, new double[] {-33.8688, 151.2093});

  private Points() {}

  /**
   * Returns points for a coverage, each as {@code lat,lon} text of at most four decimals.
   *
   * @param coverage the product's coverage
   * @return inside points first, then edge, outside and awkward points, none twice
   */
  static List<String> of(Coverage coverage) {
    Set<String> points = new LinkedHashSet<>();
    List<double[]> inside = inside(coverage);
    List<double[]> outside = outside(coverage);
    for (double[] point : inside) {
      points.add(text(point));
    }
    if (!inside.isEmpty() && !outside.isEmpty()) {
      for (double[] out : outside.subList(0, Math.min(3, outside.size()))) {
        points.addAll(edge(coverage, inside.get(0), out));
      }
    }
    for (double[] point : outside) {
      points.add(text(point));
    }
    for (double[] point : AWKWARD) {
      points.add(text(point));
    }
    return List.copyOf(points);
  }

  private static List<double[]> inside(Coverage coverage) {
    List<double[]> found = new ArrayList<>();
    Coverage.Box bounds;
    try {
      bounds = coverage.bounds();
    } catch (RuntimeException brokenShape) {
      return found;
    }
    double width = bounds.crossesAntimeridian() ? bounds.east() + 360 - bounds.west() : bounds.east() - bounds.west();
    for (int i = 1; i < 24 && found.size() < 4; i++) {
      for (int j = 1; j < 24 && found.size() < 4; j++) {
        // a coarse spiral from the centre outwards keeps the first points well inside
        double lat = round(bounds.south() + (bounds.north() - bounds.south()) * ((i * 7) % 24) / 24.0);
        double lon = round(wrap(bounds.west() + width * ((j * 11) % 24) / 24.0));
        if (contains(coverage, lat, lon) == Boolean.TRUE) {
          found.add(new double[] {lat, lon});
        }
      }
    }
    return found;
  }

  private static List<double[]> outside(Coverage coverage) {
    List<double[]> found = new ArrayList<>();
    double[][] candidates = {
      {0, 0}, {-45, -120}, {45, 100}, {-60, 60}, {30, -30}, {70, -150}, {-10, 170}, {52.52, 13.405}
    };
    for (double[] candidate : candidates) {
      if (contains(coverage, candidate[0], candidate[1]) == Boolean.FALSE) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** The last inside and first outside point of a bisection from {@code in} to {@code out}. */
  private static List<String> edge(Coverage coverage, double[] in, double[] out) {
    double[] a = in.clone();
    double[] b = out.clone();
    for (int step = 0; step < 24; step++) {
      double[] middle = {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2};
      Boolean contained = contains(coverage, middle[0], middle[1]);
      if (contained == null) {
        break;
      }
      if (contained) {
        a = middle;
      } else {
        b = middle;
      }
    }
    return List.of(text(new double[] {round(a[0]), round(a[1])}), text(new double[] {round(b[0]), round(b[1])}));
  }

  /** Asks the shape; null when it throws. */
  private static Boolean contains(Coverage coverage, double lat, double lon) {
    try {
      return coverage.contains(lat, lon);
    } catch (RuntimeException brokenShape) {
      return null;
    }
  }

  private static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }

  private static double wrap(double lon) {
    return lon > 180 ? lon - 360 : lon;
  }

  private static String text(double[] point) {
    return plain(point[0]) + "," + plain(point[1]);
  }

  /** Four decimals at most, without trailing zeros or an exponent. */
  static String plain(double value) {
    String text = String.format(Locale.ROOT, "%.4f", value);
    text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
    return text.equals("-0") ? "0" : text;
  }
}
