package dev.statuspolicy.benchmarks;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.util.Locale;
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
 *
 * <p>{@link #admitAndRespond} sends one query over and over, as a client polling one place does;
 * {@link #admitAndRespondUnseenQuery} cycles through {@link #PLACES} places, far more than the
 * policy remembers queries for, so every request's query is read afresh.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HotPathBenchmark {

  /** How many distinct places the unseen-query benchmark cycles through; a power of two. */
  static final int PLACES = 4096;

  private StatusPolicy policy;
  private RequestFacts facts;
  private Outcome outcome;
  private RequestFacts[] places;
  private int next;

  /** Builds the policy and the request once. */
  @Setup
  public void setUp() {
    policy = Fixtures.policy();
    facts = Fixtures.request(Fixtures.GOOD_QUERY, "application/json").build();
    outcome = Fixtures.DATA;
    Fixtures.expect(HttpStatus.OK, admitAndRespond().status(), "hot path");
    places = new RequestFacts[PLACES];
    for (int i = 0; i < PLACES; i++) {
      // a grid of places round Oslo, four decimals each, all inside the coverage
      String query = String.format(Locale.ROOT, "lat=%.4f&lon=%.4f&altitude=90",
          59.0 + (i % 64) * 0.0173, 10.0 + (i / 64) * 0.0291);
      places[i] = Fixtures.request(query, "application/json").build();
      Fixtures.expect(HttpStatus.OK, policy.decide(places[i], outcome).status(), "place " + query);
    }
  }

  /** Admission, then the response to the backend's data: what a host does per request. */
  @Benchmark
  public Decision admitAndRespond() {
    Admission admission = policy.admit(facts);
    return policy.respond(admission, outcome);
  }

  /** The same, for a query the policy has not seen recently: a client asking for ever new places. */
  @Benchmark
  public Decision admitAndRespondUnseenQuery() {
    RequestFacts place = places[next];
    next = (next + 1) & (PLACES - 1);
    Admission admission = policy.admit(place);
    return policy.respond(admission, outcome);
  }
}
