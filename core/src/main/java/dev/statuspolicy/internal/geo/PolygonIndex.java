package dev.statuspolicy.internal.geo;

import dev.statuspolicy.catalog.GeoPoint;
import java.util.List;

/**
 * Point-in-polygon by ray casting over a latitude-band index.
 *
 * <p>Longitudes are first unwrapped, so that each edge takes the short way round and a ring that
 * crosses the antimeridian becomes one continuous ring (its longitudes may then leave [-180, 180]).
 * A point is tested at its longitude and at that longitude plus and minus 360.
 *
 * <p>The ring's latitude span is cut into bands. Each band lists, in one flat array, the edges
 * that overlap it, so a query casts its ray only over the edges of one band. The band count is the
 * largest power of two that keeps the flat array within a fixed multiple of the edge count, so
 * long edges cannot blow up memory.
 */
public final class PolygonIndex {

  private static final int MAX_ENTRIES_PER_EDGE = 8;

  private final double south;
  private final double north;
  private final double minX;
  private final double maxX;
  private final int bands;
  private final double bandsPerDegree;
  private final int[] bandStart;
  private final double[] edges;

  private PolygonIndex(double[] xs, double[] ys) {
    int n = xs.length;
    double s = Double.POSITIVE_INFINITY;
    double nn = Double.NEGATIVE_INFINITY;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      s = Math.min(s, ys[i]);
      nn = Math.max(nn, ys[i]);
      lo = Math.min(lo, xs[i]);
      hi = Math.max(hi, xs[i]);
    }
    this.south = s;
    this.north = nn;
    this.minX = lo;
    this.maxX = hi;
    double span = Math.max(north - south, 1e-9);
    int chosen = 1;
    for (int candidate = Integer.highestOneBit(Math.max(1, n)); candidate > 1; candidate >>= 1) {
      if (entries(xs, ys, candidate, candidate / span) <= (long) MAX_ENTRIES_PER_EDGE * n) {
        chosen = candidate;
        break;
      }
    }
    this.bands = chosen;
    this.bandsPerDegree = chosen / span;
    int[] counts = new int[chosen + 1];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      int first = band(Math.min(ys[i], ys[j]));
      int last = band(Math.max(ys[i], ys[j]));
      for (int b = first; b <= last; b++) {
        counts[b + 1]++;
      }
    }
    for (int b = 0; b < chosen; b++) {
      counts[b + 1] += counts[b];
    }
    this.bandStart = counts.clone();
    int[] fill = counts;
    this.edges = new double[counts[chosen] * 4];
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      int first = band(Math.min(ys[i], ys[j]));
      int last = band(Math.max(ys[i], ys[j]));
      for (int b = first; b <= last; b++) {
        int at = fill[b]++ * 4;
        edges[at] = xs[i];
        edges[at + 1] = ys[i];
        edges[at + 2] = xs[j];
        edges[at + 3] = ys[j];
      }
    }
  }

  /**
   * Builds the index of a ring.
   *
   * @param ring at least 3 vertices
   * @return the index
   * @throws IllegalArgumentException if the ring winds round a pole
   */
  public static PolygonIndex of(List<GeoPoint> ring) {
    int n = ring.size();
    double[] xs = new double[n];
    double[] ys = new double[n];
    double previous = ring.get(0).longitude();
    for (int i = 0; i < n; i++) {
      GeoPoint p = ring.get(i);
      double x = p.longitude();
      while (x - previous > 180) {
        x -= 360;
      }
      while (previous - x > 180) {
        x += 360;
      }
      xs[i] = x;
      ys[i] = p.latitude();
      previous = x;
    }
    double closing = xs[0] - previous;
    if (Math.abs(closing) > 180) {
      throw new IllegalArgumentException(
          "the polygon winds round a pole; describe polar areas with a box instead");
    }
    return new PolygonIndex(xs, ys);
  }

  private static long entries(double[] xs, double[] ys, int bands, double perDegree) {
    double south = Double.POSITIVE_INFINITY;
    for (double y : ys) {
      south = Math.min(south, y);
    }
    long total = 0;
    int n = xs.length;
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      int first = clamp((int) ((Math.min(ys[i], ys[j]) - south) * perDegree), bands);
      int last = clamp((int) ((Math.max(ys[i], ys[j]) - south) * perDegree), bands);
      total += last - first + 1;
    }
    return total;
  }

  private static int clamp(int band, int bands) {
    return band < 0 ? 0 : Math.min(band, bands - 1);
  }

  private int band(double latitude) {
    return clamp((int) ((latitude - south) * bandsPerDegree), bands);
  }

  /**
   * Returns whether the point lies inside the ring.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @return true when inside
   */
  public boolean contains(double latitude, double longitude) {
    if (!(latitude >= south && latitude <= north)) {
      return false;
    }
    int b = band(latitude);
    int from = bandStart[b];
    int to = bandStart[b + 1];
    return inside(latitude, longitude, from, to)
        || (longitude + 360 <= maxX && inside(latitude, longitude + 360, from, to))
        || (longitude - 360 >= minX && inside(latitude, longitude - 360, from, to));
  }

  private boolean inside(double y, double x, int from, int to) {
    if (x < minX || x > maxX) {
      return false;
    }
    boolean inside = false;
    for (int e = from * 4, end = to * 4; e < end; e += 4) {
      double x1 = edges[e];
      double y1 = edges[e + 1];
      double x2 = edges[e + 2];
      double y2 = edges[e + 3];
      if ((y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1)) {
        inside = !inside;
      }
    }
    return inside;
  }

  /** Returns the southernmost latitude. */
  public double south() {
    return south;
  }

  /** Returns the northernmost latitude. */
  public double north() {
    return north;
  }

  /** Returns the western bound in [-180, 180]; greater than {@link #east()} across the antimeridian. */
  public double west() {
    return maxX - minX >= 360 ? -180 : normalise(minX);
  }

  /** Returns the eastern bound in [-180, 180]. */
  public double east() {
    return maxX - minX >= 360 ? 180 : normalise(maxX);
  }

  private static double normalise(double x) {
    double v = x;
    while (v > 180) {
      v -= 360;
    }
    while (v < -180) {
      v += 360;
    }
    return v;
  }
}
