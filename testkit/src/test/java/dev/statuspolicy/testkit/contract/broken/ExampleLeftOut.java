package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.util.Map;

/**
 * The sound extension, without the reference example of station-withdrawn, which answers one
 * station that the reference cannot guess.
 */
public class ExampleLeftOut implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.REFERENCE;
  }

  @Override
  public StatusPolicy policy() {
    return TeamExtensions.sound();
  }

  @Override
  public Map<RowId, Example> referenceExamples() {
    return Map.of();
  }
}
