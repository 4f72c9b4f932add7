package dev.statuspolicy.demo;

import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Reply;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The simulated backend as the host protocol's {@link Backend}, one per request, since the outcome
 * it simulates comes from the request's {@code X-Demo-Outcome} header. An unknown value is the
 * custom outcome that {@link UnknownOutcomeRow} answers with a 400.
 */
final class DemoBackend {

  private DemoBackend() {}

  /**
   * Returns the backend for one request, simulating what its {@code X-Demo-Outcome} asks for.
   *
   * @param clock the clock the documents' validators follow
   * @param headers the request's values of a header name, empty when absent
   * @return the backend
   */
  static Backend forRequest(Clock clock, Function<String, List<String>> headers) {
    List<String> chosen = headers.apply(SimulatedOutcome.HEADER);
    String label = chosen.isEmpty() ? "" : chosen.get(0);
    SimulatedOutcome outcome = SimulatedOutcome.byLabel(label);
    if (outcome != null) {
      return simulating(clock, outcome);
    }
    return admitted -> Reply.of(UnknownOutcomeRow.unknown(admitted.facts(), label));
  }

  /**
   * Returns a backend that always simulates the given outcome.
   *
   * @param clock the clock the documents' validators follow
   * @param simulated what the backend does
   * @return the backend
   */
  static Backend simulating(Clock clock, SimulatedOutcome simulated) {
    return admitted -> SimulatedBackend.produce(
        admitted.target(), admitted.parameters(), simulated, clock.instant());
  }
}
