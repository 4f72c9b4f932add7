package dev.statuspolicy.internal.geo;

import dev.statuspolicy.catalog.GeoPoint;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Point-in-polygon by ray casting over a latitude-band index, with a tree of sorted edges so that
 * a query costs a few edge tests and binary searches, however many vertices the ring has and
 * however long its edges are.
 *
 * <p>Longitudes are first unwrapped, so that each edge takes the short way round and a ring that
 * crosses the antimeridian becomes one continuous ring (its longitudes may then leave [-180, 180]).
 * A point is tested at its longitude and at that longitude plus and minus 360.
 *
 * <p>The ring's latitude span is cut into a power of two of bands. An edge is listed in the band
 * of each of its two ends, where it is tested exactly. In the bands strictly between its ends it
 * crosses every horizontal ray, so there only its side matters: it is stored once per node of a
 * segment tree over the bands, in the few nodes that cover that run of bands. Within a node, the
 * edges of a simple polygon do not cross, so they are sorted left to right and a binary search
 * counts those to the right of the point. A node whose edges do cross (the ring is not simple) is
 * scanned instead, so every answer is the one plain ray casting over all edges would give.
 */
public final class PolygonIndex {

  private final double south;
  private final double north;
  private final double minX;
  private final double maxX;
  private final double[] xs;
  private final double[] ys;
  private final int bands;
  private final double bandsPerDegree;
  /** Edges with an end in each band: band {@code b} holds {@code leafEdges[leafStart[b]..leafStart[b+1])}. */
  private final int[] leafStart;
  private final int[] leafEdges;
  /** Edges spanning each tree node (node 1 is the root, band {@code b} is node {@code bands + b}). */
  private final int[] nodeStart;
  private final int[] nodeEdges;
  private final boolean[] nodeSorted;
  /** Per band, bit {@code d} is set when the node {@code d} levels above it holds edges. */
  private final int[] pathMask;

  private PolygonIndex(double[] xs, double[] ys) {
    int n = xs.length;
    this.xs = xs;
    this.ys = ys;
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
    this.bands = Integer.highestOneBit(Math.max(1, n / 4));
    this.bandsPerDegree = bands / span;

    // Two passes over the edges: count the entries of each band and node, then place them.
    int[] leafCounts = new int[bands + 1];
    int[] nodeCounts = new int[2 * bands + 1];
    place(null, leafCounts, null, nodeCounts);
    this.leafStart = prefixSums(leafCounts);
    this.nodeStart = prefixSums(nodeCounts);
    this.leafEdges = new int[leafStart[bands]];
    this.nodeEdges = new int[nodeStart[2 * bands]];
    place(leafEdges, leafStart.clone(), nodeEdges, nodeStart.clone());
    this.nodeSorted = new boolean[2 * bands];
    for (int node = 1; node < 2 * bands; node++) {
      nodeSorted[node] = sort(node);
    }
    this.pathMask = new int[bands];
    for (int b = 0; b < bands; b++) {
      int mask = 0;
      for (int node = b + bands, depth = 0; node >= 1; node >>= 1, depth++) {
        if (nodeStart[node] != nodeStart[node + 1]) {
          mask |= 1 << depth;
        }
      }
      pathMask[b] = mask;
    }
  }

  /**
   * Visits every edge's entries: with null targets, counts them at {@code [k + 1]} of the
   * counters; otherwise stores them at the counters' positions, which advance.
   */
  private void place(int @Nullable [] leafTarget, int[] leafAt, int @Nullable [] nodeTarget, int[] nodeAt) {
    int n = xs.length;
    for (int i = 0; i < n; i++) {
      int j = i + 1 == n ? 0 : i + 1;
      if (ys[i] == ys[j]) {
        continue; // a horizontal edge never crosses a horizontal ray
      }
      int first = band(Math.min(ys[i], ys[j]));
      int last = band(Math.max(ys[i], ys[j]));
      put(leafTarget, leafAt, first, i);
      if (last != first) {
        put(leafTarget, leafAt, last, i);
      }
      // The bands strictly between the ends' bands, as the few tree nodes that cover them.
      for (int l = first + 1 + bands, r = last + bands; l < r; l >>= 1, r >>= 1) {
        if ((l & 1) == 1) {
          put(nodeTarget, nodeAt, l++, i);
        }
        if ((r & 1) == 1) {
          put(nodeTarget, nodeAt, --r, i);
        }
      }
    }
  }

  private static void put(int @Nullable [] target, int[] at, int slot, int edge) {
    if (target == null) {
      at[slot + 1]++;
    } else {
      target[at[slot]++] = edge;
    }
  }

  /** Turns counts at {@code [k + 1]} into start offsets at {@code [k]}. */
  private static int[] prefixSums(int[] counts) {
    for (int k = 1; k < counts.length; k++) {
      counts[k] += counts[k - 1];
    }
    return counts;
  }

  /**
   * Sorts a node's edges left to right by their longitude at the node's middle latitude, and
   * returns whether the order holds at both of its bounds too: then no two of them cross within
   * the node, and a binary search may count them.
   */
  private boolean sort(int node) {
    int from = nodeStart[node];
    int to = nodeStart[node + 1];
    if (to - from < 2) {
      return true;
    }
    int level = 31 - Integer.numberOfLeadingZeros(node);
    int width = bands >> level;
    int firstBand = (node - (1 << level)) * width;
    double low = south + firstBand / bandsPerDegree;
    double high = south + (firstBand + width) / bandsPerDegree;
    double middle = (low + high) / 2;
    Integer[] order = new Integer[to - from];
    for (int k = from; k < to; k++) {
      order[k - from] = nodeEdges[k];
    }
    Arrays.sort(order, Comparator.comparingDouble(edge -> crossingAt(edge, middle)));
    for (int k = from; k < to; k++) {
      nodeEdges[k] = order[k - from];
    }
    for (int k = from + 1; k < to; k++) {
      if (crossingAt(nodeEdges[k - 1], low) > crossingAt(nodeEdges[k], low)
          || crossingAt(nodeEdges[k - 1], high) > crossingAt(nodeEdges[k], high)) {
        return false;
      }
    }
    return true;
  }

  /** Returns the longitude at which an edge meets a latitude, as the ray test computes it. */
  private double crossingAt(int edge, double y) {
    int next = edge + 1 == xs.length ? 0 : edge + 1;
    double x1 = xs[edge];
    double y1 = ys[edge];
    return x1 + (y - y1) * (xs[next] - x1) / (ys[next] - y1);
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

  private int band(double latitude) {
    int band = (int) ((latitude - south) * bandsPerDegree);
    return band < 0 ? 0 : Math.min(band, bands - 1);
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
    return inside(latitude, longitude, b)
        || (longitude + 360 <= maxX && inside(latitude, longitude + 360, b))
        || (longitude - 360 >= minX && inside(latitude, longitude - 360, b));
  }

  private boolean inside(double y, double x, int band) {
    if (x < minX || x > maxX) {
      return false;
    }
    boolean inside = false;
    for (int k = leafStart[band], end = leafStart[band + 1]; k < end; k++) {
      if (crosses(leafEdges[k], y, x)) {
        inside = !inside;
      }
    }
    for (int mask = pathMask[band]; mask != 0; mask &= mask - 1) {
      int node = (band + bands) >> Integer.numberOfTrailingZeros(mask);
      int from = nodeStart[node];
      int to = nodeStart[node + 1];
      if (nodeSorted[node]) {
        // Every edge here crosses the ray's latitude; count those right of the point.
        int lowest = from;
        int highest = to;
        while (lowest < highest) {
          int middle = (lowest + highest) >>> 1;
          if (x < crossingAt(nodeEdges[middle], y)) {
            highest = middle;
          } else {
            lowest = middle + 1;
          }
        }
        if (((to - lowest) & 1) == 1) {
          inside = !inside;
        }
      } else {
        for (int k = from; k < to; k++) {
          if (crosses(nodeEdges[k], y, x)) {
            inside = !inside;
          }
        }
      }
    }
    return inside;
  }

  /** The exact ray test: does the ray from the point towards growing longitude cross the edge? */
  private boolean crosses(int edge, double y, double x) {
    int next = edge + 1 == xs.length ? 0 : edge + 1;
    double x1 = xs[edge];
    double y1 = ys[edge];
    double x2 = xs[next];
    double y2 = ys[next];
    return (y1 > y) != (y2 > y) && x < x1 + (y - y1) * (x2 - x1) / (y2 - y1);
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
