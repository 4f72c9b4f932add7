package dev.statuspolicy.benchmarks;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The hot path: admission and response for a successful GET of a stable product, with
 * identification, quota, parameters, precision and polygon coverage all checked. The facts are
 * built once; each invocation makes only the two policy calls.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HotPathBenchmark {

  private StatusPolicy policy;
  private RequestFacts facts;
  private Outcome outcome;

  /** Builds the policy and the request once. */
  @Setup
  public void setUp() {
    policy = Fixtures.policy();
    facts = Fixtures.request(Fixtures.GOOD_QUERY, "application/json").build();
    outcome = Fixtures.DATA;
    Fixtures.expect(HttpStatus.OK, admitAndRespond().status(), "hot path");
  }

  /** Admission, then the response to the backend's data: what a host does per request. */
  @Benchmark
  public Decision admitAndRespond() {
    Admission admission = policy.admit(facts);
    return policy.respond(admission, outcome);
  }
}
