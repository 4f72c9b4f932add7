package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/** The station type's pattern wants capitals; the type accepts {@code os123} as well. */
public class LaxParameterType implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.PARAMETER_PATTERNS;
  }

  @Override
  public StatusPolicy policy() {
    return TeamExtensions.extension(TeamExtensions.nordic(false), new TeamExtensions.StationId(true),
        TeamExtensions.siteDown()).build();
  }
}
