package dev.statuspolicy.catalog;

/**
 * A point on the globe, in decimal degrees.
 *
 * @param latitude from -90 to 90
 * @param longitude from -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
  /**
   * Validates the ranges.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @throws IllegalArgumentException if a value is out of range or not a number
   */
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be within [-90, 90], was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be within [-180, 180], was " + longitude);
    }
  }

  /**
   * Returns the point.
   *
   * @param latitude from -90 to 90
   * @param longitude from -180 to 180
   * @return the point
   * @throws IllegalArgumentException if a value is out of range or not a number
   */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude);
  }
}
