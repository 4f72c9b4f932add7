package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.table.RowId;

/** The ids of the radar team's rows, for anchoring more rows next to them. */
final class RowIds {

  static final RowId STATION_WITHDRAWN = RowId.of("station-withdrawn");
  static final RowId SITE_DOWN = RowId.of("radar-site-down");

  private RowIds() {}
}
