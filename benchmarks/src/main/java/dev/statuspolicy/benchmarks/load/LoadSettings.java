package dev.statuspolicy.benchmarks.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of a load run.
 *
 * @param warmupSeconds an unmeasured run before each measured one; 0 for none
 * @param seconds each measured run
 * @param rounds how many times each server and variant is measured, in alternating order
 * @param threads wrk's threads
 * @param connections wrk's open connections
 * @param servers which servers: {@code jetty}, {@code jdk}, {@code vertx}
 * @param json where to write the raw figures, or null
 * @param wrkCpus the CPUs wrk is bound to with {@code taskset -c}; empty for any
 */
record LoadSettings(int warmupSeconds, int seconds, int rounds, int threads, int connections,
    List<String> servers, Path json, String wrkCpus) {

  /** The names of the servers, in the order they run. */
  static final List<String> SERVERS = List.of("jetty", "jdk", "vertx");

  /**
   * Reads the command line: {@code --warmup S --duration S --rounds N --threads N --connections N
   * --servers a,b --json FILE --wrk-cpus LIST}, or {@code --smoke} for one round of one second and
   * no warm-up.
   *
   * @param args the arguments
   * @return the settings
   * @throws IllegalArgumentException for an unknown option or a value out of range, naming it
   */
  static LoadSettings parse(String[] args) {
    int warmup = 2;
    int seconds = 8;
    int rounds = 3;
    int threads = 1;
    int connections = 16;
    List<String> servers = SERVERS;
    Path json = null;
    String wrkCpus = "";
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--smoke")) {
        warmup = 0;
        seconds = 1;
        rounds = 1;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--warmup" -> warmup = number(option, value, 0);
        case "--duration" -> seconds = number(option, value, 1);
        case "--rounds" -> rounds = number(option, value, 1);
        case "--threads" -> threads = number(option, value, 1);
        case "--connections" -> connections = number(option, value, 1);
        case "--json" -> json = Path.of(value);
        case "--wrk-cpus" -> {
          if (!value.matches("[0-9]+([-,][0-9]+)*")) {
            throw new IllegalArgumentException("--wrk-cpus must be a CPU list such as 1 or 0-1, was " + value);
          }
          wrkCpus = value;
        }
        case "--servers" -> {
          servers = new ArrayList<>();
          for (String name : value.split(",")) {
            if (!SERVERS.contains(name)) {
              throw new IllegalArgumentException("--servers: unknown server " + name
                  + " (known: " + String.join(", ", SERVERS) + ")");
            }
            servers.add(name);
          }
        }
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (connections < threads) {
      throw new IllegalArgumentException("--connections must be at least --threads");
    }
    return new LoadSettings(warmup, seconds, rounds, threads, connections, List.copyOf(servers), json, wrkCpus);
  }

  private static int number(String option, String value, int min) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(option + " must be a whole number, was " + value);
    }
    if (n < min) {
      throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
    }
    return n;
  }
}
