package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.benchmarks.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy inside real servers: for Jetty with the {@code servlet} module, the JDK server with
 * {@code jdk-httpserver} and Vert.x with {@code vertx}, each against the same server writing the
 * same bytes without the policy, under wrk on loopback, for a 200, a 304 and a 400 with a
 * problem+json body. The baselines write what the policy's server answered, recorded over a
 * socket before the runs and checked after recording, so neither side writes less.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.statuspolicy.benchmarks.load.LoadBenchmark [options]} (see {@link LoadSettings}); it
 * prints Markdown tables. It exits non-zero when a server answers a wrong status, a baseline
 * differs from the policy, or wrk sees a socket error.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options of {@link LoadSettings#parse}
   * @throws Exception if a server cannot start, an answer is wrong, or wrk fails
   */
  public static void main(String[] args) throws Exception {
    LoadSettings settings = LoadSettings.parse(args);
    Wrk wrk = new Wrk(settings.threads(), settings.connections(), settings.wrkCpus());
    String loadBefore = loadAverage();
    Instant start = Instant.now();
    StatusPolicy policy = Fixtures.policy();
    List<LoadReport.ServerResults> results = new ArrayList<>();
    for (String name : settings.servers()) {
      ServerKind kind = switch (name) {
        case "jetty" -> new JettyServer();
        case "jdk" -> new JdkServer();
        default -> new VertxServer();
      };
      results.add(measure(kind, policy, wrk, settings));
    }
    LoadReport report = new LoadReport(settings, start, Instant.now(), loadBefore, loadAverage(),
        Wrk.version(), results);
    System.out.println(report.markdown());
    if (settings.json() != null) {
      Files.writeString(settings.json(), report.json());
    }
  }

  private static LoadReport.ServerResults measure(ServerKind kind, StatusPolicy policy, Wrk wrk,
      LoadSettings settings) throws Exception {
    System.err.println("== " + kind.label());
    Map<Scenario, List<WrkResult>> withPolicy = new EnumMap<>(Scenario.class);
    Map<Scenario, List<WrkResult>> without = new EnumMap<>(Scenario.class);
    Map<Scenario, RunningServer> baselines = new EnumMap<>(Scenario.class);
    try (RunningServer policyServer = kind.withPolicy(policy)) {
      try {
        for (Scenario scenario : Scenario.values()) {
          Answer answer = Probe.ask(policyServer.port(), scenario);
          if (answer.status() != scenario.status()) {
            throw new IllegalStateException(kind.label() + " answered " + answer.status() + " to "
                + scenario + ", where the policy decides " + scenario.status());
          }
          RunningServer baseline = kind.writing(policy, answer);
          baselines.put(scenario, baseline);
          Answer copied = Probe.ask(baseline.port(), scenario);
          if (!same(answer, copied)) {
            throw new IllegalStateException(kind.label() + "'s baseline for " + scenario
                + " does not write what the policy's server wrote:\n  " + describe(copied)
                + "\nwhere the policy's wrote\n  " + describe(answer));
          }
          withPolicy.put(scenario, new ArrayList<>());
          without.put(scenario, new ArrayList<>());
        }
        for (int round = 0; round < settings.rounds(); round++) {
          for (Scenario scenario : Scenario.values()) {
            boolean baselineFirst = round % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
              boolean baseline = (turn == 0) == baselineFirst;
              int port = baseline ? baselines.get(scenario).port() : policyServer.port();
              if (settings.warmupSeconds() > 0) {
                wrk.run(port, scenario, settings.warmupSeconds());
              }
              WrkResult result = checked(kind, scenario, wrk.run(port, scenario, settings.seconds()));
              System.err.println("  round " + (round + 1) + " " + scenario + " "
                  + (baseline ? "baseline" : "policy") + ": " + result);
              (baseline ? without : withPolicy).get(scenario).add(result);
            }
          }
        }
      } finally {
        for (RunningServer baseline : baselines.values()) {
          baseline.close();
        }
      }
    }
    return new LoadReport.ServerResults(kind.label(), without, withPolicy);
  }

  private static WrkResult checked(ServerKind kind, Scenario scenario, WrkResult result) {
    if (result.socketErrors() > 0) {
      throw new IllegalStateException(kind.label() + ", " + scenario + ": wrk saw "
          + result.socketErrors() + " socket errors");
    }
    long expected = scenario.status() >= 400 ? result.requests() : 0;
    if (result.errorStatuses() != expected || result.requests() == 0) {
      throw new IllegalStateException(kind.label() + ", " + scenario + ": " + result.errorStatuses()
          + " of " + result.requests() + " answers had an error status, expected " + expected);
    }
    return result;
  }

  private static boolean same(Answer a, Answer b) {
    return a.status() == b.status() && a.headers().equals(b.headers())
        && Arrays.equals(a.body(), b.body());
  }

  private static String describe(Answer answer) {
    return answer.status() + " " + answer.headers() + " " + answer.body().length + " bytes";
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException unknown) {
      return "unknown";
    }
  }

  /** Formats a number the way the tables do. */
  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
