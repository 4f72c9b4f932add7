package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.PolicyContract;
import java.util.Map;

/** The sound radar extension keeps the contract: every property of the kit passes. */
class SoundExtensionContractTest implements PolicyContract {

  @Override
  public StatusPolicy policy() {
    return TeamExtensions.sound();
  }

  @Override
  public Map<RowId, Example> referenceExamples() {
    return TeamExtensions.referenceExamples();
  }
}
