package dev.statuspolicy.reference;

import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.util.Objects;

/**
 * One request, together with the backend outcome it meets, used to illustrate a row of the table.
 *
 * <p>An example is an input, never an answer: the reference runs the policy on it and shows what
 * the policy decides. An admission row ignores the outcome, because the backend is never called.
 *
 * @param request the request facts, including the host's verdicts (blocklist, credentials, quota)
 * @param outcome what the backend did; ignored when an admission row turns the request away
 */
public record Example(RequestFacts request, Outcome outcome) {

  /**
   * Checks that both parts are present.
   *
   * @param request the request facts; not null
   * @param outcome what the backend did; not null, even where it is ignored
   * @throws NullPointerException if {@code request} or {@code outcome} is null
   */
  public Example {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns an example of a request that the backend answers with data (no validators).
   *
   * @param request the request facts
   * @return the example
   * @throws NullPointerException if {@code request} is null
   */
  public static Example of(RequestFacts request) {
    return new Example(request, Outcome.data());
  }

  /**
   * Returns an example of a request that meets the given outcome.
   *
   * @param request the request facts
   * @param outcome what the backend did
   * @return the example
   * @throws NullPointerException if an argument is null
   */
  public static Example of(RequestFacts request, Outcome outcome) {
    return new Example(request, outcome);
  }
}
