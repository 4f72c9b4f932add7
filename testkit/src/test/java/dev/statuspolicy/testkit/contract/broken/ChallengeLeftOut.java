package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/** A row that asks for a station key with a 401, and gives no challenge. */
public class ChallengeLeftOut implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.MANDATORY_HEADERS;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("station-key", Phase.ADMISSION,
        HttpStatus.UNAUTHORIZED), context -> "OS123".equals(context.parameters().value("station"))
            ? Finding.fired(HttpStatus.UNAUTHORIZED, Evidence.of("Station OS123 needs a station key."))
            : Finding.passed());
    return TeamExtensions.soundBuilder()
        .insertAfter(RowIds.STATION_WITHDRAWN, row)
        .build();
  }
}
