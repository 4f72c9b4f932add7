package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.PolicyContract;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.util.Map;

/**
 * A deliberately broken radar extension: the sound one with exactly one defect, which breaks one
 * guarantee. Its name does not end in {@code Test}, so Surefire never runs it on its own; {@code
 * BrokenExtensionsTest} runs the kit on it and reads which guarantee failed.
 */
public interface BrokenExtension extends PolicyContract {

  /** {@return the guarantee the defect breaks} */
  Guarantee breaks();

  @Override
  default Map<RowId, Example> referenceExamples() {
    return TeamExtensions.referenceExamples();
  }
}
