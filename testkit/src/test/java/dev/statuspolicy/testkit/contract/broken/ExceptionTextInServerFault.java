package dev.statuspolicy.testkit.contract.broken;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.testkit.contract.Guarantee;
import dev.statuspolicy.testkit.contract.TeamExtensions;
import java.net.ConnectException;
import java.time.Duration;

/** radar-site-down explains the outage with the text of the exception it caught. */
public class ExceptionTextInServerFault implements BrokenExtension {

  @Override
  public Guarantee breaks() {
    return Guarantee.GENERIC_SERVER_FAULTS;
  }

  @Override
  public StatusPolicy policy() {
    var row = new TeamExtensions.TeamRow(TeamExtensions.definition("radar-site-down", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE).withClaims(TeamExtensions.SITE_DOWN), context -> {
          if (!(context.outcome() instanceof Outcome.Custom custom) || !custom.kind().equals(TeamExtensions.SITE_DOWN)) {
            return Finding.passed();
          }
          Exception cause = new ConnectException("radar-7.internal:8443 refused the connection");
          return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder()
              .detail("The radar link failed: " + cause.getMessage())
              .retryAfter(Duration.ofMinutes(5)).build());
        });
    return TeamExtensions.extension(TeamExtensions.nordic(false), new TeamExtensions.StationId(false), row)
        .build();
  }
}
