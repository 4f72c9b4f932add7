package dev.statuspolicy;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.internal.Engine;
import dev.statuspolicy.host.AsyncBackend;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.internal.Evaluation;
import dev.statuspolicy.internal.Serving;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowDefinition;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * Decides exactly what to send back for each request of a weather-data API: status code,
 * headers and error body, from an ordered decision table whose first firing row decides.
 *
 * <p>A host serves each request with one call, through a {@link ResponseSink} over its
 * framework's response:
 *
 * <pre>{@code
 * StatusPolicy policy = StatusPolicy.builder().catalog(catalog).build();
 *
 * policy.serve(facts, admitted -> backend.fetch(admitted.target(), admitted.parameters()), sink);
 * }</pre>
 *
 * <p>{@link #serveAsync} does the same for a non-blocking backend. Hosts that want the parts use
 * the two phases {@code serve} is made of:
 *
 * <pre>{@code
 * StatusPolicy policy = StatusPolicy.builder().catalog(catalog).build();
 *
 * Admission admission = policy.admit(facts);            // before the backend
 * if (admission instanceof Admission.Rejected rejected) {
 *   write(rejected.decision());                        // the backend is never called
 * } else {
 *   Outcome outcome = backend.fetch((Admission.Admitted) admission);
 *   write(policy.respond(admission, outcome));         // after the backend
 * }
 * }</pre>
 *
 * <p>The policy names the quota of each request ({@link #quotaFor}); the host counts. A
 * synchronous host sets a {@link QuotaCounter}, which the policy calls only for requests that
 * reach row {@code rate-limited}; a non-blocking host counts first and passes the usage in the
 * facts.
 *
 * <p>The policy is total: no request facts, however malformed, make it throw; a row that throws
 * becomes a 500 {@code internal-error} and the trace records it. It is immutable and thread-safe:
 * build it once and share it.
 */
public final class StatusPolicy {

  private final PolicyConfig config;
  private final Engine engine;

  StatusPolicy(PolicyConfig config) {
    this.config = config;
    this.engine = new Engine(config);
  }

  /** {@return a builder with the documented defaults} */
  public static StatusPolicyBuilder builder() {
    return new StatusPolicyBuilder();
  }

  /** {@return a policy with every default and an empty catalog} */
  public static StatusPolicy ofDefaults() {
    return builder().build();
  }

  /** {@return the configuration} */
  public PolicyConfig config() {
    return config;
  }

  /** {@return the table's row definitions, in evaluation order} */
  public List<RowDefinition> table() {
    return config.table();
  }

  /**
   * Runs the admission rows.
   *
   * @param facts the request
   * @return admitted, or rejected with the final decision
   * @throws NullPointerException if {@code facts} is null
   */
  public Admission admit(RequestFacts facts) {
    Evaluation evaluation = engine.admit(Objects.requireNonNull(facts, "facts"));
    Decision rejection = evaluation.decision();
    return rejection != null ? new Admission.Rejected(rejection) : new Admission.Admitted(evaluation);
  }

  /**
   * Runs the response rows on the backend's outcome. For a rejected admission the outcome is
   * ignored and the rejection is returned.
   *
   * @param admission what {@link #admit} returned, from this policy
   * @param outcome what the backend did
   * @return the decision
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the admission came from another policy
   */
  public Decision respond(Admission admission, Outcome outcome) {
    Objects.requireNonNull(admission, "admission");
    Objects.requireNonNull(outcome, "outcome");
    if (admission instanceof Admission.Rejected rejected) {
      return rejected.decision();
    }
    Evaluation evaluation = ((Admission.Admitted) admission).evaluation();
    if (evaluation.config() != config) {
      throw new IllegalArgumentException("the admission was made by another policy");
    }
    return engine.respond(evaluation, outcome);
  }

  /**
   * Runs both phases: convenient for tests, documentation and {@code explain}, where the outcome
   * is known up front.
   *
   * @param facts the request
   * @param outcome what the backend would do, if it were called
   * @return the decision
   * @throws NullPointerException if an argument is null
   */
  public Decision decide(RequestFacts facts, Outcome outcome) {
    return respond(admit(facts), outcome);
  }

  /**
   * Serves one request, the one call a blocking host makes: admits it, calls the backend only
   * when admitted, decides, and writes the answer through the sink (see {@link ResponseSink} for
   * the order of the calls and the {@code Content-Length} rules). The quota is counted by this
   * policy's {@link QuotaCounter}, only for requests that reach row {@code rate-limited}.
   *
   * <p>Whatever the backend throws is answered 500 {@code internal-error} with nothing of the
   * exception in the response ({@link Served#failure()} keeps it for the logs); a {@link
   * java.util.concurrent.TimeoutException} is a 504. A 499 (the backend's {@link
   * Outcome#clientClosed()}) calls {@link ResponseSink#abort()} alone.
   *
   * @param facts the request
   * @param backend the backend
   * @param sink the host's response
   * @return what was served, for the logs
   * @throws IOException if the sink fails
   * @throws NullPointerException if an argument is null
   */
  public Served serve(RequestFacts facts, Backend backend, ResponseSink sink) throws IOException {
    return Serving.serve(this, Objects.requireNonNull(facts, "facts"),
        Objects.requireNonNull(backend, "backend"), Objects.requireNonNull(sink, "sink"));
  }

  /**
   * Serves one request with a non-blocking backend, as {@link #serve} does. The admission runs on
   * the caller's thread (with the {@link QuotaCounter}, which should not block; or count before,
   * for the claim of {@link #quotaFor}, and pass the usage in the facts); the response is written
   * on the thread that completes the backend's stage.
   *
   * @param facts the request
   * @param backend the backend
   * @param sink the host's response
   * @return a stage that completes once the response is written; exceptionally, with the
   *     sink's {@link IOException}, when writing fails
   * @throws NullPointerException if an argument is null
   */
  public CompletionStage<Served> serveAsync(RequestFacts facts, AsyncBackend backend,
      ResponseSink sink) {
    return Serving.serveAsync(this, Objects.requireNonNull(facts, "facts"),
        Objects.requireNonNull(backend, "backend"), Objects.requireNonNull(sink, "sink"));
  }

  /**
   * Names the quota that applies to a request, before anything is counted: the counting key (the
   * application as this policy identifies it, or one key shared by every unidentified client) and
   * the limit and window, from the product the path names (its own quota, when it declares one)
   * or this policy's. Hosts that count before admission count the request for this claim, in
   * exactly its window, and pass {@link QuotaClaim#usage} in {@link
   * RequestFacts.Builder#quota}. Hosts that count synchronously set a {@link QuotaCounter}
   * instead, and need not call this.
   *
   * @param facts the request, with or without a usage
   * @return the claim
   * @throws NullPointerException if {@code facts} is null
   */
  public QuotaClaim quotaFor(RequestFacts facts) {
    return engine.quotaFor(Objects.requireNonNull(facts, "facts"));
  }

  /**
   * Reads how a request identifies its application, as row {@code client-unidentified} does.
   * The application is part of the key of {@link #quotaFor}.
   *
   * @param facts the request
   * @return the identification
   * @throws NullPointerException if {@code facts} is null
   */
  public Identification identify(RequestFacts facts) {
    return engine.identify(Objects.requireNonNull(facts, "facts"));
  }
}
