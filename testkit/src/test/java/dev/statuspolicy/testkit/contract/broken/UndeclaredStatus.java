package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/** radar-site-down declares 503 and answers 502. */
public class UndeclaredStatus implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.DECLARED_STATUSES;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("radar-site-down", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE).withClaims(TeamExtensions.SITE_DOWN),
        context -> context.outcome() instanceof Outcome.Custom custom && custom.kind().equals(TeamExtensions.SITE_DOWN)
            ? Finding.fired(HttpStatus.BAD_GATEWAY, Evidence.NONE) : Finding.passed());
    return TeamExtensions.extension(TeamExtensions.nordic(false), new TeamExtensions.StationId(false), row)
        .build();
  }
}
