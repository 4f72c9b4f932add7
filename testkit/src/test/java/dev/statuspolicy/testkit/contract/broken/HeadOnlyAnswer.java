package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.util.HashMap;
import java.util.Map;

/** A row that answers HEAD for a station's composite with a 404, where GET gets the data. */
public class HeadOnlyAnswer implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.HEAD_PARITY;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("station-probe", Phase.ADMISSION,
        HttpStatus.NOT_FOUND), context -> context.facts().method().equals("HEAD")
            && context.parameters().value("station") != null
            ? Finding.fired(HttpStatus.NOT_FOUND, Evidence.of("Probe the station API instead."))
            : Finding.passed());
    return TeamExtensions.soundBuilder()
        .insertAfter(RowIds.STATION_WITHDRAWN, row)
        .build();
  }

  @Override
  public Map<RowId, Example> referenceExamples() {
    Map<RowId, Example> examples = new HashMap<>(TeamExtensions.referenceExamples());
    examples.put(RowId.of("station-probe"), Example.of(RequestFacts.builder().method("HEAD")
        .target("/weatherapi/radar/2.0/composite?lat=60&lon=10&station=OS123")
        .header("User-Agent", "radar-app/1.0 ops@example.org").build()));
    return examples;
  }
}
