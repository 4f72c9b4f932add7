package dev.statuspolicy.demo;

import dev.statuspolicy.catalog.Coverage;

/**
 * The demo's own coverage areas, rough and for a demo only. Nowcast's Nordic area comes with the
 * Nowcast team's extension, read from its GeoJSON file.
 */
final class DemoCoverage {

  private DemoCoverage() {}

  /** The seas of north-western Europe, as one box from the Bay of Biscay to Svalbard. */
  static Coverage northWestEuropeanSeas() {
    return Coverage.box(45.0, -25.0, 80.0, 45.0);
  }
}
