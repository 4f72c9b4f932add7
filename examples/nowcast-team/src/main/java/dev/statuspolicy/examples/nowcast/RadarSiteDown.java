package dev.statuspolicy.examples.nowcast;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import java.time.Duration;
import java.util.List;

/**
 * Row {@code radar-site-down}: the radar site that covers the point is down, so there is no
 * nowcast to give. A 503 with {@code Retry-After}: the backend's outcome says when the site is
 * expected back, and without that the client is told to try again in five minutes, the time a
 * site usually takes to restart. The body is the policy's generic 503: which site, and why, is for
 * the team's logs.
 */
public final class RadarSiteDown implements Rule {

  /** The kind of custom outcome the Nowcast backend gives when a radar site is down. */
  public static final String KIND = "radar-site-down";

  /** The row's id. */
  public static final RowId ID = RowId.of("radar-site-down");

  /** The delay sent when the outcome does not say when the site is back. */
  public static final Duration DEFAULT_RETRY = Duration.ofMinutes(5);

  private static final RowDefinition DEFINITION = new RowDefinition(ID, Phase.RESPONSE,
      List.of(HttpStatus.SERVICE_UNAVAILABLE), "Is the radar site that covers the point down?",
      "Radar site down",
      "Try again after Retry-After; Locationforecast still has a forecast for the point.",
      null).withClaims(KIND);

  @Override
  public RowDefinition definition() {
    return DEFINITION;
  }

  // README begin
  @Override
  public Finding evaluate(RuleContext context) {
    if (context.outcome() instanceof Outcome.Custom custom && custom.kind().equals(KIND)) {
      Duration retry = custom.retryAfter() == null ? DEFAULT_RETRY : custom.retryAfter();
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder().retryAfter(retry).build());
    }
    return Finding.passed();
  }
  // README end
}
