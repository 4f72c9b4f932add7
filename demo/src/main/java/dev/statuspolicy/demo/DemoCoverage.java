package dev.statuspolicy.demo;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;

/**
 * The demo's coverage areas: rough outlines, accurate to tens of kilometres, for a demo only.
 */
final class DemoCoverage {

  private DemoCoverage() {}

  /** Norway, Sweden, Finland and Denmark, each a coarse polygon, as one union. */
  static Coverage nordicArea() {
    Coverage norway = Coverage.polygon(
        p(58.0, 7.0), p(58.9, 5.5), p(61.0, 4.8), p(62.5, 5.0), p(64.0, 8.5), p(66.5, 12.0),
        p(68.5, 14.0), p(70.0, 18.5), p(71.2, 25.5), p(70.5, 31.0), p(69.5, 30.0), p(69.0, 28.5),
        p(69.8, 25.5), p(68.5, 20.0), p(66.0, 15.0), p(63.5, 12.0), p(62.0, 12.3), p(59.2, 11.5),
        p(58.9, 9.5));
    Coverage sweden = Coverage.polygon(
        p(55.3, 13.0), p(56.2, 16.0), p(57.5, 16.6), p(59.3, 18.9), p(60.7, 17.5), p(62.5, 17.6),
        p(63.8, 20.5), p(65.8, 24.2), p(68.4, 23.3), p(69.0, 20.7), p(68.3, 18.0), p(65.5, 14.5),
        p(63.5, 12.1), p(61.0, 12.6), p(59.0, 11.4), p(57.5, 11.8), p(56.0, 12.6));
    Coverage finland = Coverage.polygon(
        p(59.8, 22.9), p(60.3, 26.5), p(60.6, 27.8), p(61.9, 30.0), p(63.8, 30.5), p(65.0, 29.7),
        p(67.5, 29.8), p(69.1, 28.8), p(70.0, 27.9), p(68.6, 22.2), p(69.0, 21.0), p(67.8, 23.5),
        p(65.8, 24.2), p(64.4, 21.5), p(62.5, 21.1), p(61.0, 21.4), p(60.0, 21.0));
    Coverage denmark = Coverage.polygon(
        p(54.8, 8.6), p(55.5, 8.1), p(57.1, 8.6), p(57.75, 10.6), p(56.5, 10.9), p(56.1, 12.8),
        p(55.3, 12.8), p(54.6, 11.8), p(54.8, 9.9));
    return Coverage.union(norway, sweden, finland, denmark);
  }

  /** The seas of north-western Europe, as one box from the Bay of Biscay to Svalbard. */
  static Coverage northWestEuropeanSeas() {
    return Coverage.box(45.0, -25.0, 80.0, 45.0);
  }

  private static GeoPoint p(double latitude, double longitude) {
    return GeoPoint.of(latitude, longitude);
  }
}
