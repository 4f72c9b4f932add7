package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.StandardRow;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.time.Duration;

/**
 * radar-outage answers every outage with a known end; radar-short-outage, after it, was meant
 * for outages of a minute or less, and never gets one.
 */
public class ShadowedRow implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.REACHABILITY;
  }

  @Override
  public StatusPolicy policy() {
    var outage = new TeamExtensions.TeamRow(TeamExtensions.definition("radar-outage", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE), context -> context.outcome() instanceof Outcome.Unavailable down
            && down.retryAfter() != null
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder().retryAfter(down.retryAfter()).build())
            : Finding.passed());
    var shortOutage = new TeamExtensions.TeamRow(TeamExtensions.definition("radar-short-outage", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE), context -> context.outcome() instanceof Outcome.Unavailable down
            && down.retryAfter() != null && down.retryAfter().compareTo(Duration.ofMinutes(1)) <= 0
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder().retryAfter(Duration.ofMinutes(1)).build())
            : Finding.passed());
    return TeamExtensions.soundBuilder()
        .insertBefore(StandardRow.BACKEND_UNAVAILABLE.id(), outage)
        .insertBefore(StandardRow.BACKEND_UNAVAILABLE.id(), shortOutage)
        .build();
  }
}
