package dev.statuspolicy.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A check of the JMH figures that a busy machine cannot skew as much: the same benchmark methods,
 * timed by the CPU time of the measuring thread instead of the wall clock, with the bytes that
 * thread allocated. Other processes on the same cores stretch wall-clock times; they stretch this
 * thread's CPU time much less (caches and frequency still move it).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.statuspolicy.benchmarks.CpuTime
 * [hot|errors|alternatives|catalog|coverage]}. Each row: the median of seven rounds of about 0.5 s of CPU time,
 * after 2 s of warm-up, and the spread (lowest to highest round).
 */
public final class CpuTime {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  private CpuTime() {}

  /**
   * Runs a group.
   *
   * @param args {@code hot}, {@code errors}, {@code alternatives}, {@code catalog} or
   *     {@code coverage}; all when empty
   * @throws Exception if a setup fails
   */
  public static void main(String[] args) throws Exception {
    List<String> groups = args.length == 0 ? List.of("hot", "errors", "alternatives", "catalog", "coverage") : Arrays.asList(args);
    if (groups.contains("hot")) {
      HotPathBenchmark hot = new HotPathBenchmark();
      hot.setUp();
      measure("hot path 200", hot::admitAndRespond);
      measure("hot path 200, a query not seen recently", hot::admitAndRespondUnseenQuery);
      // after the hot path, so that its 400s cannot change how the hot path was compiled
      UnseenBadQueryBenchmark unseenBad = new UnseenBadQueryBenchmark();
      unseenBad.setUp();
      measure("policy PARAMETER_INVALID problem+json, a query not seen recently",
          unseenBad::decide);
    }
    if (groups.contains("errors")) {
      for (ErrorFamily family : ErrorFamily.values()) {
        ErrorBenchmark errors = new ErrorBenchmark();
        errors.family = family;
        errors.accept = "application/problem+json";
        errors.setUp();
        measure("policy " + family + " problem+json", errors::decide);
      }
    }
    if (groups.contains("catalog")) {
      for (int products : new int[] {10, 1_000, 100_000}) {
        CatalogScalingBenchmark catalog = new CatalogScalingBenchmark();
        catalog.products = products;
        catalog.setUp();
        measure("catalog resolve, " + products + " products", catalog::resolve);
      }
    }
    if (groups.contains("coverage")) {
      for (String shape : List.of("coastline", "sawtooth")) {
        for (int vertices : new int[] {10, 1_000, 100_000}) {
          CoverageScalingBenchmark coverage = new CoverageScalingBenchmark();
          coverage.shape = shape;
          coverage.vertices = vertices;
          coverage.setUp();
          measure("contains, " + shape + " of " + vertices, coverage::contains);
        }
      }
    }
    if (groups.contains("alternatives")) {
      for (String scenario : List.of("OK", "METHOD_NOT_ALLOWED", "CLIENT_UNIDENTIFIED", "RATE_LIMITED",
          "PARAMETER_INVALID", "OUTSIDE_COVERAGE", "BACKEND_UNAVAILABLE", "NOT_MODIFIED")) {
        AlternativesBenchmark b = new AlternativesBenchmark();
        b.scenario = scenario;
        b.setUp();
        measure(scenario + " policy", b::policy);
        measure(scenario + " hand-written", b::handWrittenStringBuilder);
        measure(scenario + " spring", b::springProblemDetailJackson);
        measure(scenario + " zalando", b::zalandoProblemJackson);
      }
    }
  }

  private static void measure(String name, Supplier<Object> operation) {
    long thread = Thread.currentThread().getId();
    round(operation, 2_000_000_000L);
    List<double[]> rounds = new ArrayList<>();
    for (int r = 0; r < 7; r++) {
      long bytes = THREADS.getThreadAllocatedBytes(thread);
      double[] result = round(operation, 500_000_000L);
      result[1] = (THREADS.getThreadAllocatedBytes(thread) - bytes) / result[2];
      rounds.add(result);
    }
    rounds.sort((a, b) -> Double.compare(a[0], b[0]));
    System.out.printf(Locale.ROOT, "%-40s %10.1f cpu-ns/op  [%.1f .. %.1f]  %8.0f B/op%n", name,
        rounds.get(3)[0], rounds.get(0)[0], rounds.get(6)[0], rounds.get(3)[1]);
  }

  /** Runs batches until {@code budget} ns of this thread's CPU time; returns ns/op and ops. */
  private static double[] round(Supplier<Object> operation, long budget) {
    long start = THREADS.getCurrentThreadCpuTime();
    long operations = 0;
    long spent;
    do {
      for (int i = 0; i < 1_000; i++) {
        sink = operation.get();
      }
      operations += 1_000;
      spent = THREADS.getCurrentThreadCpuTime() - start;
    } while (spent < budget);
    return new double[] {spent / (double) operations, 0, operations};
  }
}
