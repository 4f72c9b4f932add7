package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.StandardRow;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;

/** A row that answers 304 for any data with an entity tag, whether the client has a copy or not. */
public class UnconditionalNotModified implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.NOT_MODIFIED;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("composite-unchanged", Phase.RESPONSE,
        HttpStatus.NOT_MODIFIED), context -> context.outcome() instanceof Outcome.Data data
            && !data.validators().equals(Validators.none()) && data.validators().etag() != null
            ? Finding.fired(HttpStatus.NOT_MODIFIED, Evidence.NONE)
            : Finding.passed());
    return TeamExtensions.soundBuilder()
        .insertBefore(StandardRow.NOT_MODIFIED.id(), row)
        .build();
  }
}
