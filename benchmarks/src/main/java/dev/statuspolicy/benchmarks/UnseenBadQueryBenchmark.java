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
 * A 400 with problem+json for an invalid query the policy has not seen recently: a client
 * sending ever new mistakes. It cycles through {@link #QUERIES} queries, far more than the policy
 * remembers, each with three bad parameters like {@link ErrorFamily#PARAMETER_INVALID}'s, so
 * every query is parsed, checked and rendered anew. {@link ErrorBenchmark} measures the same
 * family for one query sent over and over, whose errors member the policy keeps.
 *
 * <p>A class of its own, so that its setup's 400s do not change how the JIT compiles the hot
 * path that {@link HotPathBenchmark} measures.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class UnseenBadQueryBenchmark {

  /** How many distinct invalid queries are cycled through; a power of two. */
  static final int QUERIES = 4096;

  private StatusPolicy policy;
  private RequestFacts[] queries;
  private int next;

  /** Builds the policy and the requests once, and checks that each is a 400. */
  @Setup
  public void setUp() {
    policy = Fixtures.policy();
    queries = new RequestFacts[QUERIES];
    for (int i = 0; i < QUERIES; i++) {
      String query = "lat=abc" + i + "&lon=" + (181 + i) + "&altitude=high" + i;
      queries[i] = Fixtures.request(query, "application/problem+json").build();
      Fixtures.expect(HttpStatus.BAD_REQUEST, policy.decide(queries[i], Fixtures.DATA).status(),
          "bad query " + query);
    }
  }

  /** Admission, which turns the query away with its 400 and the rendered body. */
  @Benchmark
  public Decision decide() {
    RequestFacts bad = queries[next];
    next = (next + 1) & (QUERIES - 1);
    Admission admission = policy.admit(bad);
    return policy.respond(admission, Fixtures.DATA);
  }
}
