package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
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
    return TeamExtensions.extension(TeamExtensions.nordic(true), new TeamExtensions.StationId(false),
        TeamExtensions.siteDown()).build();
  }
}
