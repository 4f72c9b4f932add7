package dev.statuspolicy;

import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.internal.Evaluation;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.RequestFacts;

/**
 * The result of the admission phase: either the request may go to the backend, or it has been
 * turned away and the decision is final. This is the one small value carried between the phases.
 */
public sealed interface Admission {

  /**
   * The request passed every admission row. Call the backend for {@link #target()} with {@link
   * #parameters()}, then hand the outcome to {@link StatusPolicy#respond(Admission,
   * dev.statuspolicy.outcome.Outcome)}.
   */
  final class Admitted implements Admission {
    private final Evaluation evaluation;

    Admitted(Evaluation evaluation) {
      this.evaluation = evaluation;
    }

    Evaluation evaluation() {
      return evaluation;
    }

    /** {@return the endpoint the request resolved to} */
    public Target target() {
      Target target = evaluation.target();
      if (target == null) {
        throw new IllegalStateException("an admitted request always has a target");
      }
      return target;
    }

    /** {@return the decoded, validated query parameters of the endpoint} */
    public Parameters parameters() {
      return evaluation.parameters();
    }

    /** {@return the request facts} */
    public RequestFacts facts() {
      return evaluation.facts();
    }

    @Override
    public String toString() {
      return "Admitted[" + evaluation.facts() + "]";
    }
  }

  /**
   * The request was turned away; the backend must not be called.
   *
   * @param decision the final decision
   */
  record Rejected(Decision decision) implements Admission {
    /**
     * @param decision the final decision; not null
     * @throws NullPointerException if {@code decision} is null
     */
    public Rejected {
      java.util.Objects.requireNonNull(decision, "decision");
    }
  }
}
