package dev.statuspolicy.demo;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The demo's weather API, independent of any HTTP server: it describes a request to the policy
 * (raw strings plus the host's verdicts: blocklist and token), admits it, calls the simulated
 * backend only if admitted, and asks the policy for the response. Requests are counted by the
 * policy's {@link dev.statuspolicy.QuotaCounter}, which the policy calls itself, and only for
 * requests that reach row {@code rate-limited}: a blocked client or a POST uses no quota.
 *
 * <p>This is the part every host writes once; the adapters for the JDK's {@code HttpServer} and
 * for Jakarta Servlet only copy strings in and the {@link Answer} out. Thread-safe.
 */
public final class WeatherApi {

  private final StatusPolicy policy;
  private final Clock clock;

  /**
   * Creates the API over a policy.
   *
   * @param policy the policy, with the demo catalog and its request counter, such as {@link
   *     DemoCatalog#servingPolicy}
   * @param clock the clock of the simulated backend
   */
  public WeatherApi(StatusPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public StatusPolicy policy() {
    return policy;
  }

  /**
   * Answers one request. The outcome of the simulated backend comes from the
   * {@code X-Demo-Outcome} header; an unknown value is treated as {@code data}.
   *
   * @param method the request method
   * @param target the raw request target: path and query
   * @param headers the request's values of a header name, empty when absent
   * @return the answer
   */
  public Answer answer(String method, String target, Function<String, List<String>> headers) {
    List<String> chosen = headers.apply(SimulatedOutcome.HEADER);
    SimulatedOutcome outcome = SimulatedOutcome.byLabel(chosen.isEmpty() ? null : chosen.get(0));
    return answer(method, target, headers, outcome == null ? SimulatedOutcome.DATA : outcome);
  }

  /**
   * Answers one request, with the given simulated outcome.
   *
   * @param method the request method
   * @param target the raw request target: path and query
   * @param headers the request's values of a header name, empty when absent
   * @param simulated what the simulated backend does if it is called
   * @return the answer
   */
  Answer answer(String method, String target, Function<String, List<String>> headers,
      SimulatedOutcome simulated) {
    RequestFacts.Builder request = RequestFacts.builder()
        .method(method)
        .target(target)
        .transport(Transport.HTTP)
        .blocklist(HostVerdicts.blocklist(headers.apply(KnownHeader.USER_AGENT.fieldName())))
        .credentials(HostVerdicts.credentials(first(headers.apply("Authorization"))));
    for (KnownHeader header : KnownHeader.values()) {
      for (String value : headers.apply(header.fieldName())) {
        request.header(header, value);
      }
    }
    // no request count here: the policy calls its counter, only if the request gets that far
    RequestFacts facts = request.build();

    Admission admission = policy.admit(facts);
    if (admission instanceof Admission.Admitted admitted) {
      SimulatedBackend.Produced produced = SimulatedBackend.produce(
          admitted.target(), admitted.parameters(), simulated, clock.instant());
      Decision decision = policy.respond(admitted, produced.outcome());
      return new Answer(facts, produced.outcome(), decision, produced.document());
    }
    return new Answer(facts, null, ((Admission.Rejected) admission).decision(), new byte[0]);
  }

  private static @Nullable String first(List<String> values) {
    return values.isEmpty() ? null : values.get(0);
  }
}
