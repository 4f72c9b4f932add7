package dev.statuspolicy.examples.nowcast;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.PolicyContract;
import java.util.Map;

/**
 * The Nowcast team's extension keeps the policy's guarantees, as the kit proves. No row needs
 * declaring unreachable: the standard rows that a one-product catalog leaves nothing to answer
 * (no restricted product, no retired, deprecated or beta version, HTTPS not required) the kit
 * finds by itself. The reference is rendered with the team's own examples, as the demo renders
 * it.
 */
// README begin
class NowcastTeamContractTest implements PolicyContract {

  @Override
  public StatusPolicy policy() {
    return NowcastTeam.extend(StatusPolicy.builder().catalog(Catalog.of(NowcastTeam.product()))).build();
  }

  @Override
  public Map<RowId, Example> referenceExamples() {
    return NowcastTeam.referenceExamples();
  }
}
// README end
