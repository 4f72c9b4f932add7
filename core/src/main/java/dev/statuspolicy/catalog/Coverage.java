package dev.statuspolicy.catalog;

import dev.statuspolicy.internal.geo.PolygonIndex;
import java.util.List;

/**
 * The geographical area a product has a model for. A valid location outside it gets 422
 * {@code outside-coverage} (or 404, for endpoints that keep the legacy behaviour).
 *
 * <p>The built-in shapes are the globe, latitude/longitude boxes, polygons and unions of these.
 * Boxes and polygons may cross the antimeridian. Product teams may implement their own shapes;
 * an implementation must be immutable, thread-safe and must not throw for any latitude in
 * [-90, 90] and longitude in [-180, 180].
 */
public interface Coverage {

  /**
   * Returns whether the area contains the point. Points exactly on a polygon's edge may fall
   * either way; boxes include their edges.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @return true when the product has a model for this point
   */
  boolean contains(double latitude, double longitude);

  /** {@return a short description for people, such as {@code the whole globe}} */
  String describe();

  /** {@return the smallest box known to hold the area, for clients that want numbers} */
  Box bounds();

  /** {@return the whole globe} */
  static Coverage globe() {
    return Globe.INSTANCE;
  }

  /**
   * Returns a box. When {@code west > east} the box crosses the antimeridian.
   *
   * @param south the southern bound, -90 to 90
   * @param west the western bound, -180 to 180
   * @param north the northern bound, at or above {@code south}
   * @param east the eastern bound, -180 to 180
   * @return the box, edges included
   * @throws IllegalArgumentException if a bound is out of range or south is above north
   */
  static Box box(double south, double west, double north, double east) {
    return new Box(south, west, north, east);
  }

  /**
   * Returns a polygon through the given vertices, in order; the ring closes by itself.
   *
   * @param vertices the vertices of the ring, in order; at least 3
   * @return the polygon
   * @throws IllegalArgumentException if there are fewer than 3 vertices, or the ring encloses a pole
   */
  static Polygon polygon(GeoPoint... vertices) {
    return new Polygon(List.of(vertices));
  }

  /**
   * Returns the union of several areas.
   *
   * @param parts the areas, at least one
   * @return an area that covers a point when any part covers it
   * @throws IllegalArgumentException if {@code parts} is empty
   */
  static Union union(Coverage... parts) {
    return new Union(List.of(parts));
  }

  /** The whole globe: every valid point is covered. */
  final class Globe implements Coverage {
    private static final Globe INSTANCE = new Globe();
    private static final Box BOUNDS = new Box(-90, -180, 90, 180);

    private Globe() {}

    @Override
    public boolean contains(double latitude, double longitude) {
      return true;
    }

    @Override
    public String describe() {
      return "the whole globe";
    }

    @Override
    public Box bounds() {
      return BOUNDS;
    }

    @Override
    public String toString() {
      return "Globe";
    }
  }

  /**
   * A latitude/longitude box, edges included. When {@code west > east} it crosses the
   * antimeridian: it covers longitudes from {@code west} to 180 and from -180 to {@code east}.
   *
   * @param south the southern bound, -90 to 90
   * @param west the western bound, -180 to 180
   * @param north the northern bound, at or above {@code south}
   * @param east the eastern bound, -180 to 180
   */
  record Box(double south, double west, double north, double east) implements Coverage {
    /**
     * Validates the bounds.
     *
     * @param south the southern bound, -90 to 90
     * @param west the western bound, -180 to 180
     * @param north the northern bound, at or above {@code south}
     * @param east the eastern bound, -180 to 180
     * @throws IllegalArgumentException if a bound is out of range or south is above north
     */
    public Box {
      new GeoPoint(south, west);
      new GeoPoint(north, east);
      if (south > north) {
        throw new IllegalArgumentException("south (" + south + ") must not be above north (" + north + ")");
      }
    }

    /** {@return whether this box crosses the antimeridian} */
    public boolean crossesAntimeridian() {
      return west > east;
    }

    @Override
    public boolean contains(double latitude, double longitude) {
      if (latitude < south || latitude > north) {
        return false;
      }
      return crossesAntimeridian()
          ? longitude >= west || longitude <= east
          : longitude >= west && longitude <= east;
    }

    @Override
    public String describe() {
      return "latitude " + south + " to " + north + ", longitude " + west + " to " + east
          + (crossesAntimeridian() ? " (across the antimeridian)" : "");
    }

    @Override
    public Box bounds() {
      return this;
    }
  }

  /**
   * A simple polygon. Consecutive vertices are joined the short way round, so an edge from
   * longitude 170 to -170 crosses the antimeridian. Containment uses a latitude-band index built
   * once, so a check costs about the number of edges in one band, not in the whole ring.
   */
  final class Polygon implements Coverage {
    private final List<GeoPoint> vertices;
    private final PolygonIndex index;

    /**
     * Copies the vertices and builds the index.
     *
     * @param vertices the ring, at least 3 points; it closes by itself
     * @throws IllegalArgumentException if there are fewer than 3 vertices, or the ring encloses a pole
     * @throws NullPointerException if {@code vertices} or a vertex is null
     */
    public Polygon(List<GeoPoint> vertices) {
      this.vertices = List.copyOf(vertices);
      if (this.vertices.size() < 3) {
        throw new IllegalArgumentException(
            "a polygon needs at least 3 vertices, had " + this.vertices.size());
      }
      this.index = PolygonIndex.of(this.vertices);
    }

    /** {@return the vertices, in order} */
    public List<GeoPoint> vertices() {
      return vertices;
    }

    @Override
    public boolean contains(double latitude, double longitude) {
      return index.contains(latitude, longitude);
    }

    @Override
    public String describe() {
      return "a polygon of " + vertices.size() + " vertices within " + bounds().describe();
    }

    @Override
    public Box bounds() {
      return new Box(index.south(), index.west(), index.north(), index.east());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Polygon that && vertices.equals(that.vertices);
    }

    @Override
    public int hashCode() {
      return vertices.hashCode();
    }

    @Override
    public String toString() {
      return "Polygon" + vertices;
    }
  }

  /**
   * The union of several areas: a point is covered when any part covers it.
   *
   * @param parts the areas, at least one
   */
  record Union(List<Coverage> parts) implements Coverage {
    /**
     * Copies the parts.
     *
     * @param parts the areas, at least one; copied
     * @throws IllegalArgumentException if {@code parts} is empty
     * @throws NullPointerException if {@code parts} or a part is null
     */
    public Union {
      parts = List.copyOf(parts);
      if (parts.isEmpty()) {
        throw new IllegalArgumentException("a union needs at least one part");
      }
    }

    @Override
    public boolean contains(double latitude, double longitude) {
      for (Coverage part : parts) {
        if (part.contains(latitude, longitude)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String describe() {
      StringBuilder text = new StringBuilder("the union of ");
      for (int i = 0; i < parts.size(); i++) {
        text.append(i == 0 ? "" : i == parts.size() - 1 ? " and " : ", ").append(parts.get(i).describe());
      }
      return text.toString();
    }

    @Override
    public Box bounds() {
      double south = 90;
      double north = -90;
      double west = 180;
      double east = -180;
      for (Coverage part : parts) {
        Box b = part.bounds();
        south = Math.min(south, b.south());
        north = Math.max(north, b.north());
        if (b.crossesAntimeridian()) {
          west = -180;
          east = 180;
        } else {
          west = Math.min(west, b.west());
          east = Math.max(east, b.east());
        }
      }
      return new Box(south, west, north, east);
    }
  }
}
