package dev.statuspolicy.demo;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.reference.Documentation;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a demo server serves, whatever the server: the policy, the host's verdicts on a request,
 * a backend for each request, and the access log. Each server copies the request's method, raw
 * target and headers in, and gives a {@link ResponseSink} over its response; the host protocol
 * does the rest. Thread-safe when its parts are.
 *
 * @param policy the policy, with its request counter
 * @param verdicts the host's blocklist and token checks, added to the facts
 * @param backends the backend of each request, which may read the request's headers
 * @param log where each request's access-log line goes
 * @param docs the documents served beside the API (OpenAPI, the reference, the problem-type
 *     pages); null to serve none
 */
record DemoApi(StatusPolicy policy, Verdicts verdicts, Backends backends, Consumer<String> log,
    @Nullable Documentation docs) {

  /** The host's verdicts on a request, from its headers. */
  @FunctionalInterface
  interface Verdicts {
    /**
     * Adds the verdicts to the facts.
     *
     * @param headers the request's values of a header name, empty when absent
     * @param facts the facts being built
     * @return the same builder
     */
    RequestFacts.Builder apply(Function<String, List<String>> headers, RequestFacts.Builder facts);
  }

  /** The backend that serves one request, chosen from its headers. */
  @FunctionalInterface
  interface Backends {
    /**
     * Returns the backend for one request.
     *
     * @param headers the request's values of a header name, empty when absent
     * @return the backend
     */
    Backend forRequest(Function<String, List<String>> headers);
  }

  /** @throws NullPointerException if an argument but {@code docs} is null */
  DemoApi {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(verdicts, "verdicts");
    Objects.requireNonNull(backends, "backends");
    Objects.requireNonNull(log, "log");
  }

  /**
   * Returns the demo's weather API: the demo's verdicts and the simulated backend, which
   * simulates what each request's {@code X-Demo-Outcome} asks for.
   *
   * @param policy the policy, such as {@link DemoCatalog#servingPolicy}
   * @param clock the clock of the simulated backend
   * @param log where each request's access-log line goes
   * @return the API
   */
  static DemoApi weather(StatusPolicy policy, Clock clock, Consumer<String> log) {
    return new DemoApi(policy, HostVerdicts::apply, headers -> DemoBackend.forRequest(clock, headers), log);
  }

  /**
   * An API that serves no documents.
   *
   * @param policy the policy
   * @param verdicts the host's verdicts
   * @param backends the backend of each request
   * @param log where each request's access-log line goes
   */
  DemoApi(StatusPolicy policy, Verdicts verdicts, Backends backends, Consumer<String> log) {
    this(policy, verdicts, backends, log, null);
  }

  /**
   * Returns the demo's weather API as {@code serve} runs it at an origin: {@link
   * DemoCatalog#servingPolicy} with its problem types under the origin, and the documents of
   * {@link DemoCatalog#documentedPolicy}, so that every problem {@code type} it sends resolves to
   * a page it serves.
   *
   * @param origin the scheme, host and port the demo answers at
   * @param clock the clock of the policy and of the simulated backend
   * @param identified the quota of each identified application
   * @param counter the request counter
   * @param log where each request's access-log line goes
   * @return the API
   */
  static DemoApi weatherAt(String origin, Clock clock, Quota identified, QuotaCounter counter,
      Consumer<String> log) {
    return new DemoApi(DemoCatalog.servingPolicy(clock, identified, counter, origin),
        HostVerdicts::apply, headers -> DemoBackend.forRequest(clock, headers), log,
        Documentation.of(DemoCatalog.documentedPolicy(clock, identified, origin), DemoExamples.all()));
  }

  /**
   * Describes a request to the policy: method, raw target, every header it reads, plain HTTP,
   * and the host's verdicts.
   *
   * @param method the request method
   * @param target the raw request target, path and query as received
   * @param headers the request's values of a header name, empty when absent
   * @return the facts
   */
  RequestFacts facts(String method, String target, Function<String, List<String>> headers) {
    return verdicts.apply(headers, RequestFacts.builder()
        .method(method)
        .target(target)
        .transport(Transport.HTTP)
        .headers(headers)).build();
  }

  /**
   * Serves one request through the sink, and logs it.
   *
   * @param method the request method
   * @param target the raw request target, path and query as received
   * @param headers the request's values of a header name, empty when absent
   * @param sink the server's response
   * @return what was served
   * @throws IOException if the sink fails
   */
  Served serve(String method, String target, Function<String, List<String>> headers,
      ResponseSink sink) throws IOException {
    Served served = policy.serve(facts(method, target, headers), backends.forRequest(headers), sink);
    log.accept(served.logLine());
    return served;
  }
}
