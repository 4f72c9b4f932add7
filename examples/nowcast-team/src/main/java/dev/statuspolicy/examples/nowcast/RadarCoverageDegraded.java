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
import java.util.List;

/**
 * Row {@code radar-coverage-degraded}: the nowcast exists, but part of the radar composite behind
 * it is missing, and the document says so with {@code "radar_coverage": "temporarily
 * unavailable"}, as MET's does.
 *
 * <p>What the row does, and why. It answers 200 with the data, as MET does: the forecast is
 * still valid where the radar sees, and a client that reads only the status keeps working. It is
 * not a 203, which MET sends for deprecated and beta versions and which clients read as "move to
 * another version"; not a 5xx, since nothing failed that a retry would fix; and not a 404, since
 * there is data. What the row changes is caching: it fires with no validators (the outcome
 * carries none), so the answer has no {@code ETag}, {@code Last-Modified} or {@code Expires}, no
 * conditional request is ever answered 304 from a copy made while the radar was degraded, and a
 * client asks again instead of keeping the degraded document as current. The flag itself stays
 * in the body, where MET's clients already look for it.
 *
 * <p>It stands before {@code no-data}, among the rows that answer for the backend's outcome, as a
 * row that claims an outcome must: the rows after it serve data whatever the outcome. Nowcast has
 * one version, and it is stable; on a deprecated or beta version this row would answer 200 where
 * {@code version-deprecated} and {@code version-beta} answer 203.
 */
public final class RadarCoverageDegraded implements Rule {

  /** The kind of custom outcome the Nowcast backend gives for data with degraded radar coverage. */
  public static final String KIND = "radar-coverage-degraded";

  /** The row's id. */
  public static final RowId ID = RowId.of("radar-coverage-degraded");

  private static final RowDefinition DEFINITION = new RowDefinition(ID, Phase.RESPONSE,
      List.of(HttpStatus.OK), "Is the data there, with part of the radar coverage missing?",
      "Radar coverage degraded",
      "Use the data; where meta.radar_coverage is \"temporarily unavailable\", ask again later"
          + " for the full composite.",
      null).withClaims(KIND);

  @Override
  public RowDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Finding evaluate(RuleContext context) {
    if (context.outcome() instanceof Outcome.Custom custom && custom.kind().equals(KIND)) {
      return Finding.fired(HttpStatus.OK, Evidence.NONE);
    }
    return Finding.passed();
  }
}
