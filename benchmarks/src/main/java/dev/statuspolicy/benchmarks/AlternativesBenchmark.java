package dev.statuspolicy.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.benchmarks.alternatives.BackendResult;
import dev.statuspolicy.benchmarks.alternatives.HandWrittenApi;
import dev.statuspolicy.benchmarks.alternatives.RawRequest;
import dev.statuspolicy.benchmarks.alternatives.Response;
import dev.statuspolicy.benchmarks.alternatives.SpringProblemDetailApi;
import dev.statuspolicy.benchmarks.alternatives.StringBuilderApi;
import dev.statuspolicy.benchmarks.alternatives.ZalandoProblemApi;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The policy against what users would otherwise write, in the same run, on the same requests,
 * with problem+json bodies: a hand-written if/else chain rendering by string concatenation (the
 * floor), the same chain with Spring's {@code ProblemDetail} and Jackson, and with Zalando's
 * {@code Problem} and Jackson. {@code OK} is the successful GET of the hot path.
 *
 * <p>Setup checks that every contender answers the same status and, for errors, a body that
 * parses to the same JSON tree as the policy's, so no contender is measured doing less.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AlternativesBenchmark {

  /** The scenario: {@code OK} or an {@link ErrorFamily}. */
  @Param({"OK", "METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED", "PARAMETER_INVALID",
      "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED"})
  public String scenario;

  private StatusPolicy policy;
  private RequestFacts facts;
  private Outcome outcome;
  private RawRequest request;
  private BackendResult backend;
  private final HandWrittenApi stringBuilder = new StringBuilderApi();
  private final HandWrittenApi spring = new SpringProblemDetailApi();
  private final HandWrittenApi zalando = new ZalandoProblemApi();

  /** Builds the requests once and checks that every contender gives the same answer. */
  @Setup
  public void setUp() throws IOException {
    policy = Fixtures.policy();
    String accept = "application/problem+json";
    if (scenario.equals("OK")) {
      facts = Fixtures.request(Fixtures.GOOD_QUERY, accept).build();
      outcome = Fixtures.DATA;
      request = raw(Fixtures.GOOD_QUERY, Fixtures.AGENT, null, 3, 400);
      backend = new BackendResult(true, 0);
    } else {
      ErrorFamily family = ErrorFamily.valueOf(scenario);
      facts = family.facts(accept);
      outcome = family.outcome();
      request = raw(family.query(), family.agent(),
          family == ErrorFamily.NOT_MODIFIED ? Fixtures.ETAG : null,
          family == ErrorFamily.RATE_LIMITED ? Fixtures.OVER_QUOTA_REQUESTS : 3,
          family == ErrorFamily.RATE_LIMITED ? Fixtures.OVER_QUOTA_RESET.toMillis() : 400);
      if (family == ErrorFamily.METHOD_NOT_ALLOWED) {
        request = new RawRequest("POST", request.path(), request.query(), request.userAgent(),
            request.ifNoneMatch(), request.requestsThisSecond(), request.resetMillis(),
            request.requestId());
      }
      backend = new BackendResult(family != ErrorFamily.BACKEND_UNAVAILABLE,
          ErrorFamily.BACKEND_RETRY.getSeconds());
    }
    Decision decision = policy();
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = decision.body() instanceof Body.ErrorDocument document
        ? json.readTree(document.text()) : null;
    for (HandWrittenApi contender : new HandWrittenApi[] {stringBuilder, spring, zalando}) {
      Response response = contender.handle(request, backend);
      String name = contender.getClass().getSimpleName();
      if (response.status() != decision.status().code()) {
        throw new IllegalStateException(name + " answered " + response.status() + " to " + scenario
            + " where the policy answered " + decision.status().code());
      }
      JsonNode actual = response.body() == null ? null : json.readTree(response.body());
      if (expected == null ? actual != null : !expected.equals(actual)) {
        throw new IllegalStateException(name + " wrote another body for " + scenario + ":\n  "
            + actual + "\nwhere the policy wrote\n  " + expected);
      }
    }
  }

  private static RawRequest raw(String query, String agent, String ifNoneMatch, long requests,
      long resetMillis) {
    return new RawRequest("GET", Fixtures.PATH, query, agent, ifNoneMatch, requests, resetMillis,
        Fixtures.REQUEST_ID);
  }

  /** The policy: admission, then the response. */
  @Benchmark
  public Decision policy() {
    return policy.respond(policy.admit(facts), outcome);
  }

  /** The floor: the hand-written chain with a string-concatenated body. */
  @Benchmark
  public Response handWrittenStringBuilder() {
    return stringBuilder.handle(request, backend);
  }

  /** The hand-written chain with Spring's ProblemDetail and Jackson. */
  @Benchmark
  public Response springProblemDetailJackson() {
    return spring.handle(request, backend);
  }

  /** The hand-written chain with Zalando's Problem and Jackson. */
  @Benchmark
  public Response zalandoProblemJackson() {
    return zalando.handle(request, backend);
  }
}
