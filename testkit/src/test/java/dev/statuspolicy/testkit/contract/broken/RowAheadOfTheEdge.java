package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.table.StandardRow;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/**
 * station-withdrawn is inserted before client-unidentified, so it answers unidentified and
 * over-quota clients before the edge does.
 */
public class RowAheadOfTheEdge implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.PRECEDENCE;
  }

  @Override
  public StatusPolicy policy() {
    return TeamExtensions.base(TeamExtensions.nordic(false), new TeamExtensions.StationId(false))
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), TeamExtensions.siteDown())
        .insertBefore(StandardRow.CLIENT_UNIDENTIFIED.id(), TeamExtensions.stationWithdrawn())
        .build();
  }
}
