package dev.statuspolicy.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The tables of a load run: per server and scenario, the median over the rounds of each
 * variant's throughput, latencies and allocation, and the policy's throughput cost, with the
 * spread of the per-round figures.
 *
 * @param settings the options
 * @param start when the run began
 * @param end when it ended
 * @param loadBefore the load average before
 * @param loadAfter the load average after
 * @param wrkVersion what {@code wrk --version} printed
 * @param servers each server's results
 */
record LoadReport(LoadSettings settings, Instant start, Instant end, String loadBefore,
    String loadAfter, String wrkVersion, List<ServerResults> servers) {

  /**
   * One server's runs.
   *
   * @param label the server
   * @param baseline the runs without the policy, per scenario, in round order
   * @param policy the runs with it
   */
  record ServerResults(String label, Map<Scenario, List<WrkResult>> baseline,
      Map<Scenario, List<WrkResult>> policy) {}

  /** {@return the report as Markdown} */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append(LoadBenchmark.format("Load run: %s to %s; %d cores (%s) for the server's JVM; %s %s;"
            + " %s, -t%d -c%d%s, "
            + "%d s warm-up and %d s measured per run, %d rounds in alternating order; load average"
            + " %s before, %s after.%n%n", start, end, Runtime.getRuntime().availableProcessors(),
        cpu(), System.getProperty("java.vm.name"), System.getProperty("java.version"), wrkVersion,
        settings.threads(), settings.connections(),
        settings.wrkCpus().isEmpty() ? "" : " on CPU " + settings.wrkCpus(), settings.warmupSeconds(), settings.seconds(),
        settings.rounds(), loadBefore, loadAfter));
    for (ServerResults server : servers) {
      out.append("#### ").append(server.label()).append("\n\n")
          .append("| scenario | req/s without policy | req/s with policy | throughput cost |"
              + " p50 without / with | p99 without / with | server CPU/request without / with |"
              + " alloc/request without / with |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (Scenario scenario : server.policy().keySet()) {
        List<WrkResult> without = server.baseline().get(scenario);
        List<WrkResult> with = server.policy().get(scenario);
        List<Double> costs = new ArrayList<>();
        for (int i = 0; i < with.size(); i++) {
          costs.add(100 * (1 - with.get(i).throughput() / without.get(i).throughput()));
        }
        double cost = 100 * (1 - median(with, WrkResult::throughput) / median(without, WrkResult::throughput));
        out.append(LoadBenchmark.format("| %d %s | %s | %s | %.1f%% [%.1f..%.1f] | %.0f / %.0f us"
                + " | %.0f / %.0f us | %.1f / %.1f us | %,.0f / %,.0f B |%n",
            scenario.status(), scenario, spread(without, WrkResult::throughput),
            spread(with, WrkResult::throughput), cost, min(costs), max(costs),
            median(without, WrkResult::p50Micros), median(with, WrkResult::p50Micros),
            median(without, WrkResult::p99Micros), median(with, WrkResult::p99Micros),
            median(without, WrkResult::cpuMicrosPerRequest), median(with, WrkResult::cpuMicrosPerRequest),
            median(without, WrkResult::allocationPerRequest),
            median(with, WrkResult::allocationPerRequest)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** {@return every run's figures, as JSON} */
  String json() {
    StringBuilder out = new StringBuilder("{\"start\":\"").append(start).append("\",\"end\":\"")
        .append(end).append("\",\"runs\":[");
    boolean first = true;
    for (ServerResults server : servers) {
      for (Scenario scenario : server.policy().keySet()) {
        for (String variant : List.of("baseline", "policy")) {
          List<WrkResult> runs = (variant.equals("policy") ? server.policy() : server.baseline()).get(scenario);
          for (int round = 0; round < runs.size(); round++) {
            WrkResult r = runs.get(round);
            out.append(first ? "" : ",").append(LoadBenchmark.format("%n{\"server\":\"%s\",\"scenario\":"
                    + "\"%s\",\"variant\":\"%s\",\"round\":%d,\"requests\":%d,\"seconds\":%.3f,"
                    + "\"requestsPerSecond\":%.1f,\"p50Micros\":%.1f,\"p99Micros\":%.1f,"
                    + "\"cpuMicrosPerRequest\":%.2f,\"bytesPerRequest\":%.1f}", server.label(),
                scenario, variant, round + 1, r.requests(), r.seconds(), r.throughput(),
                r.p50Micros(), r.p99Micros(), r.cpuMicrosPerRequest(), r.allocationPerRequest()));
            first = false;
          }
        }
      }
    }
    return out.append("\n]}\n").toString();
  }

  private static String spread(List<WrkResult> runs, ToDoubleFunction<WrkResult> figure) {
    List<Double> values = new ArrayList<>();
    for (WrkResult run : runs) {
      values.add(figure.applyAsDouble(run));
    }
    return LoadBenchmark.format("%,.0f [%,.0f..%,.0f]", median(runs, figure), min(values), max(values));
  }

  private static double median(List<WrkResult> runs, ToDoubleFunction<WrkResult> figure) {
    double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).strip();
        }
      }
    } catch (IOException | RuntimeException unknown) {
      // fall through
    }
    return "unknown CPU";
  }
}
