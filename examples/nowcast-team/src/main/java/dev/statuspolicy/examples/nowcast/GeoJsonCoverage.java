package dev.statuspolicy.examples.nowcast;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a coverage from a GeoJSON document (RFC 7946): a {@code FeatureCollection} of {@code
 * Polygon} and {@code MultiPolygon} features, a {@code Feature}, or a bare geometry. Each polygon
 * becomes a {@link Coverage#polygon}, and all of them one {@link Coverage#union}.
 *
 * <p>Positions are {@code [longitude, latitude]}, as GeoJSON orders them. A ring must be closed
 * (its last position repeats its first) and have at least four positions. Polygons with holes
 * are refused rather than read as their outer ring, since that would cover the holes: the
 * coverage would answer for places the model does not have. A document that breaks any of this is
 * refused with an {@link IllegalArgumentException} that names the feature and what is wrong.
 */
public final class GeoJsonCoverage {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoJsonCoverage() {}

  /**
   * Reads a coverage from a class-path resource.
   *
   * @param resource the resource's absolute name, such as {@code /dev/.../coverage.geojson}
   * @return the coverage
   * @throws IllegalArgumentException if the resource is missing or not a coverage
   */
  public static Coverage resource(String resource) {
    try (InputStream in = GeoJsonCoverage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("cannot read " + resource, unreadable);
    }
  }

  /**
   * Reads a coverage from GeoJSON text.
   *
   * @param json the document
   * @return the union of its polygons
   * @throws IllegalArgumentException if it is not JSON, or not a collection of polygons as above
   */
  public static Coverage parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException notJson) {
      throw new IllegalArgumentException("the coverage is not JSON (line "
          + notJson.getLocation().getLineNr() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("the coverage is not a GeoJSON object");
    }
    List<Coverage> polygons = new ArrayList<>();
    switch (text(root, "type", "the document")) {
      case "FeatureCollection" -> {
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
          throw new IllegalArgumentException("the FeatureCollection has no features");
        }
        for (int i = 0; i < features.size(); i++) {
          feature(features.get(i), "feature " + i, polygons);
        }
      }
      case "Feature" -> feature(root, "the feature", polygons);
      default -> geometry(root, "the geometry", polygons);
    }
    return polygons.size() == 1 ? polygons.get(0) : Coverage.union(polygons.toArray(new Coverage[0]));
  }

  private static void feature(JsonNode feature, String where, List<Coverage> polygons) {
    if (!feature.isObject() || !"Feature".equals(feature.path("type").asText())) {
      throw new IllegalArgumentException(where + " is not a Feature");
    }
    JsonNode name = feature.path("properties").path("name");
    String named = name.isTextual() ? where + " (" + name.asText() + ")" : where;
    JsonNode geometry = feature.get("geometry");
    if (geometry == null || !geometry.isObject()) {
      throw new IllegalArgumentException(named + " has no geometry");
    }
    geometry(geometry, named, polygons);
  }

  private static void geometry(JsonNode geometry, String where, List<Coverage> polygons) {
    String type = text(geometry, "type", where);
    JsonNode coordinates = geometry.get("coordinates");
    if (coordinates == null || !coordinates.isArray()) {
      throw new IllegalArgumentException(where + " has no coordinates");
    }
    switch (type) {
      case "Polygon" -> polygons.add(polygon(coordinates, where));
      case "MultiPolygon" -> {
        if (coordinates.isEmpty()) {
          throw new IllegalArgumentException(where + " is a MultiPolygon without polygons");
        }
        for (int i = 0; i < coordinates.size(); i++) {
          polygons.add(polygon(coordinates.get(i), where + ", polygon " + i));
        }
      }
      default -> throw new IllegalArgumentException(where + " is a " + type
          + ", and a coverage is made of Polygon and MultiPolygon geometries only");
    }
  }

  private static Coverage polygon(JsonNode rings, String where) {
    if (!rings.isArray() || rings.isEmpty()) {
      throw new IllegalArgumentException(where + " has no ring");
    }
    if (rings.size() > 1) {
      throw new IllegalArgumentException(where + " has holes, which a coverage cannot have:"
          + " split it into polygons without holes");
    }
    JsonNode ring = rings.get(0);
    if (!ring.isArray() || ring.size() < 4) {
      throw new IllegalArgumentException(where + ": a ring needs at least four positions");
    }
    if (!ring.get(0).equals(ring.get(ring.size() - 1))) {
      throw new IllegalArgumentException(where + ": the ring is not closed (its last position must"
          + " repeat its first)");
    }
    GeoPoint[] vertices = new GeoPoint[ring.size() - 1];
    for (int i = 0; i < vertices.length; i++) {
      vertices[i] = position(ring.get(i), where + ", position " + i);
    }
    try {
      return Coverage.polygon(vertices);
    } catch (IllegalArgumentException notAPolygon) {
      throw new IllegalArgumentException(where + ": " + notAPolygon.getMessage());
    }
  }

  private static GeoPoint position(JsonNode position, String where) {
    if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw new IllegalArgumentException(where + " is not [longitude, latitude]");
    }
    double longitude = position.get(0).asDouble();
    double latitude = position.get(1).asDouble();
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      throw new IllegalArgumentException(where + " is off the globe: [" + longitude + ", "
          + latitude + "] (GeoJSON puts the longitude first)");
    }
    return GeoPoint.of(latitude, longitude);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(where + " has no " + field);
    }
    return value.asText();
  }
}
