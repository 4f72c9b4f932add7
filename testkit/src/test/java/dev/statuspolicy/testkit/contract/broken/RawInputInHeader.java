package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.util.List;

/**
 * A row that sends a station's composite to the station API with a 405, and lists in {@code
 * Allow}, after GET, the query it was sent, raw: request text in a header.
 */
public class RawInputInHeader implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.ESCAPING;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("station-methods", Phase.ADMISSION,
        HttpStatus.METHOD_NOT_ALLOWED), context -> context.parameters().value("station") != null
            ? Finding.fired(HttpStatus.METHOD_NOT_ALLOWED, Evidence.builder()
                .allowedMethods(List.of("GET", context.facts().query())).build())
            : Finding.passed());
    return TeamExtensions.soundBuilder()
        .insertAfter(RowIds.STATION_WITHDRAWN, row)
        .build();
  }
}
