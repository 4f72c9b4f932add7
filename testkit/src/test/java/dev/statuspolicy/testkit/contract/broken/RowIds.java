package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.table.RowId;

/** The id of the radar team's admission row, for anchoring more rows next to it. */
final class RowIds {

  static final RowId STATION_WITHDRAWN = RowId.of("station-withdrawn");

  private RowIds() {}
}
