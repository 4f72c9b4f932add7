package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.table.StandardRow;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/** The radar's coverage shape throws for points at the antimeridian, off its grid. */
public class ThrowingCoverage implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.TOTALITY;
  }

  @Override
  public StatusPolicy policy() {
    return TeamExtensions.base(TeamExtensions.nordic(true), new TeamExtensions.StationId(false))
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), TeamExtensions.siteDown())
        .insertAfter(StandardRow.OUTSIDE_COVERAGE.id(), TeamExtensions.stationWithdrawn())
        .build();
  }
}
