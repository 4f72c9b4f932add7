package dev.statuspolicy.demo;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The demo's own row: a request whose {@code X-Demo-Outcome} names no simulated outcome is a 400
 * that names the header, the value and the allowed values, never a silent 200.
 *
 * <p>The simulated backend answers such a request with the custom outcome {@link #KIND}, which
 * this row claims. An outcome carries no text, so the backend leaves the value here, under the
 * request's facts, for the row to take; the facts are the same object from admission to
 * response, and the weak keys let a value whose request never reached the row go with it.
 */
final class UnknownOutcomeRow implements Rule {

  /** The kind of custom outcome the backend gives for an unknown header value. */
  static final String KIND = "demo-outcome-unknown";

  /** The row's id. */
  static final RowId ID = RowId.of("demo-outcome-unknown");

  private static final Map<RequestFacts, String> VALUES =
      Collections.synchronizedMap(new WeakHashMap<>());

  private static final RowDefinition DEFINITION = new RowDefinition(ID, Phase.RESPONSE,
      List.of(HttpStatus.BAD_REQUEST), "Does X-Demo-Outcome name no simulated outcome?",
      "Unknown demo outcome",
      "Send X-Demo-Outcome with one of the allowed values, or leave it out for data.",
      null).withClaims(KIND);

  /**
   * Leaves the unknown value of a request for the row, and returns the outcome that makes it fire.
   *
   * @param facts the request's facts, as the backend was given them
   * @param value the header's value, as received
   * @return the custom outcome {@link #KIND}
   */
  static Outcome unknown(RequestFacts facts, String value) {
    VALUES.put(facts, value);
    return new Outcome.Custom(KIND, null);
  }

  @Override
  public RowDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Finding evaluate(RuleContext context) {
    if (!(context.outcome() instanceof Outcome.Custom custom) || !custom.kind().equals(KIND)) {
      return Finding.passed();
    }
    String value = VALUES.remove(context.facts());
    String allowed = SimulatedOutcome.labels().replace("|", ", ");
    return Finding.fired(HttpStatus.BAD_REQUEST, Evidence.builder()
        .detail("The " + SimulatedOutcome.HEADER + " header names no simulated outcome; the allowed"
            + " values are " + allowed + ".")
        .parameterErrors(List.of(new ParameterError(SimulatedOutcome.HEADER,
            value == null ? "" : value, "is not one of " + allowed)))
        .build());
  }
}
