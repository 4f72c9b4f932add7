package dev.statuspolicy.benchmarks;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.catalog.Lookup;
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

/** How the catalog lookup, and the whole hot path, grow with the number of products. */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CatalogScalingBenchmark {

  /** Products in the catalog. */
  @Param({"10", "1000", "100000"})
  public int products;

  private Catalog catalog;
  private StatusPolicy policy;
  private RequestFacts facts;

  /** Builds the catalog, with the product asked for added last. */
  @Setup
  public void setUp() {
    catalog = Fixtures.catalog(products, Coverage.polygon(Fixtures.nordicRing().toArray(new GeoPoint[0])));
    policy = Fixtures.policy(catalog);
    facts = Fixtures.request(Fixtures.GOOD_QUERY, "application/json").build();
    if (!(resolve() instanceof Lookup.Found)) {
      throw new IllegalStateException("the path did not resolve");
    }
    Fixtures.expect(HttpStatus.OK, admitAndRespond().status(), "catalog of " + products);
  }

  /** The lookup alone: path to product, version and endpoint. */
  @Benchmark
  public Lookup resolve() {
    return catalog.resolve(Fixtures.PATH);
  }

  /** The whole hot path over this catalog. */
  @Benchmark
  public Decision admitAndRespond() {
    return policy.respond(policy.admit(facts), Fixtures.DATA);
  }
}
