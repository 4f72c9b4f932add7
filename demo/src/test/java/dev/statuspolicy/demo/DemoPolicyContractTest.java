package dev.statuspolicy.demo;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.PolicyContract;
import java.util.Map;

/**
 * The demo's policy, with the Nowcast team's rows, keeps the contract a product team's extension
 * must keep: the kit's properties over the demo's whole catalog.
 */
class DemoPolicyContractTest implements PolicyContract {

  @Override
  public StatusPolicy policy() {
    return DemoCatalog.policy(DemoCatalog.docsClock(), DemoCatalog.DEFAULT_RATE_LIMIT);
  }

  @Override
  public Map<RowId, Example> referenceExamples() {
    return DemoExamples.all();
  }
}
