package dev.statuspolicy.benchmarks;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
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
 * How the hot path grows with the number of parameters an endpoint declares, every one of them
 * given and valid: lat, lon and {@code extra} integers.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ParameterScalingBenchmark {

  /** Parameters beyond lat and lon. */
  @Param({"0", "4", "16", "64"})
  public int extra;

  private StatusPolicy policy;
  private RequestFacts facts;

  /** Builds the endpoint and the query once. */
  @Setup
  public void setUp() {
    Coverage coverage = Coverage.polygon(Fixtures.nordicRing().toArray(new GeoPoint[0]));
    policy = Fixtures.policy(Fixtures.catalog(10, coverage, Fixtures.endpoint(extra)));
    StringBuilder query = new StringBuilder("lat=59.9333&lon=10.7166");
    for (int i = 0; i < extra; i++) {
      query.append("&p").append(i).append('=').append(i * 7 % 1000);
    }
    facts = Fixtures.request(query.toString(), "application/json").build();
    Fixtures.expect(HttpStatus.OK, admitAndRespond().status(), extra + " extra parameters");
  }

  /** The whole hot path. */
  @Benchmark
  public Decision admitAndRespond() {
    return policy.respond(policy.admit(facts), Fixtures.DATA);
  }
}
