package dev.statuspolicy.benchmarks;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
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
 * Each error family, decided and rendered by the policy in each body format chosen through
 * {@code Accept}. A 304 has no body, so its format makes no difference; it is measured once per
 * format all the same, which shows that the negotiation is skipped.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ErrorBenchmark {

  /** The error family. */
  @Param({"METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED", "PARAMETER_INVALID",
      "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED"})
  public ErrorFamily family;

  /** The Accept header, which picks the body format. */
  @Param({"application/problem+json", "text/html", "text/plain"})
  public String accept;

  private StatusPolicy policy;
  private RequestFacts facts;
  private Outcome outcome;

  /** Builds the policy and the request once, and checks the status. */
  @Setup
  public void setUp() {
    policy = Fixtures.policy();
    facts = family.facts(accept);
    outcome = family.outcome();
    Fixtures.expect(family.status(), decide().status(), family.name());
  }

  /** Admission, then (when admitted) the response: the decision with its rendered body. */
  @Benchmark
  public Decision decide() {
    Admission admission = policy.admit(facts);
    return policy.respond(admission, outcome);
  }
}
