package dev.statuspolicy.benchmarks;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.GeoPoint;
import java.util.List;
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
 * How the coverage check grows with the number of polygon vertices: a coastline-like ring of
 * short edges, and an adversarial saw of long ones. The point is inside both, where the saw's
 * edges are steep, so its latitude band holds many of them; the centre latitude would flatter it.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CoverageScalingBenchmark {

  /** Vertices of the ring. */
  @Param({"10", "1000", "100000"})
  public int vertices;

  /** The shape: {@code coastline} or {@code sawtooth}. */
  @Param({"coastline", "sawtooth"})
  public String shape;

  private Coverage coverage;
  private double latitude = 62.83;
  private double longitude = 15.66;

  /** Builds the polygon and its index once. */
  @Setup
  public void setUp() {
    List<GeoPoint> ring = shape.equals("coastline") ? Fixtures.coastline(vertices) : Fixtures.sawtooth(vertices);
    coverage = Coverage.polygon(ring.toArray(new GeoPoint[0]));
    if (!coverage.contains(latitude, longitude)) {
      throw new IllegalStateException("the point should be inside the " + shape);
    }
  }

  /** One containment check. */
  @Benchmark
  public boolean contains() {
    return coverage.contains(latitude, longitude);
  }
}
