package dev.statuspolicy.benchmarks.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs Debian's {@code wrk} against a server of this JVM on loopback, for a bounded time, with a
 * Lua script that sets the scenario's headers and prints one result line. Around the run it reads
 * this JVM's CPU time and the bytes each of its threads allocated, so both are the server's (the
 * harness's own thread waits for wrk meanwhile). The allocation counts threads alive at the end:
 * the bytes of a thread that ends during the run are missed, and a thread that starts during it
 * counts in full.
 */
final class Wrk {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final int threads;
  private final int connections;
  private final String cpus;

  /**
   * Settles the load.
   *
   * @param threads wrk's threads
   * @param connections the connections kept open, spread over the threads
   * @param cpus the CPUs wrk runs on, as {@code taskset -c} takes them; empty for any
   */
  Wrk(int threads, int connections, String cpus) {
    this.threads = threads;
    this.connections = connections;
    this.cpus = cpus;
  }

  /** {@return the first line of {@code wrk --version}, or why there is none} */
  static String version() {
    try {
      Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(10, TimeUnit.SECONDS);
      return out.lines().findFirst().orElse("wrk (no version printed)").strip();
    } catch (IOException | InterruptedException missing) {
      return "wrk not found";
    }
  }

  /**
   * Loads the server.
   *
   * @param port its loopback port
   * @param scenario the request
   * @param seconds how long
   * @return what was measured
   * @throws IOException if wrk cannot run or fails
   * @throws InterruptedException if interrupted while waiting for it
   */
  WrkResult run(int port, Scenario scenario, int seconds) throws IOException, InterruptedException {
    Path script = Files.createTempFile("status-policy-wrk", ".lua");
    try {
      Files.writeString(script, script(scenario));
      List<String> line = new ArrayList<>();
      if (!cpus.isEmpty()) {
        line.addAll(List.of("taskset", "-c", cpus));
      }
      line.addAll(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
          "--timeout", "5s", "-s", script.toString(), "http://127.0.0.1:" + port + scenario.target()));
      ProcessBuilder command = new ProcessBuilder(line).redirectErrorStream(true);
      Map<Long, Long> before = allocated();
      long cpuBefore = PROCESS.getProcessCpuTime();
      Process wrk = command.start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!wrk.waitFor(seconds + 30L, TimeUnit.SECONDS)) {
        wrk.destroyForcibly();
        throw new IOException("wrk did not end");
      }
      long cpu = PROCESS.getProcessCpuTime() - cpuBefore;
      long bytes = 0;
      for (Map.Entry<Long, Long> thread : allocated().entrySet()) {
        bytes += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
      }
      if (wrk.exitValue() != 0) {
        throw new IOException("wrk exited with " + wrk.exitValue() + ":\n" + output);
      }
      return WrkResult.parse(output, bytes, cpu);
    } finally {
      Files.deleteIfExists(script);
    }
  }

  private static String script(Scenario scenario) {
    StringBuilder lua = new StringBuilder("wrk.method = \"GET\"\n");
    for (Map.Entry<String, String> header : scenario.headers().entrySet()) {
      lua.append("wrk.headers[\"").append(header.getKey()).append("\"] = \"")
          .append(header.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"\n");
    }
    lua.append("done = function(summary, latency, requests)\n")
        .append("  local e = summary.errors\n")
        .append("  io.write(string.format(\"").append(WrkResult.PREFIX)
        .append(" %d %d %d %d %d %d %d %.1f %.1f\\n\", summary.requests, summary.duration,")
        .append(" e.connect, e.read, e.write, e.timeout, e.status, latency:percentile(50),")
        .append(" latency:percentile(99)))\n")
        .append("end\n");
    return lua.toString();
  }

  /** Returns the bytes each live thread has allocated, by thread id. */
  private static Map<Long, Long> allocated() {
    long[] ids = THREADS.getAllThreadIds();
    long[] bytes = THREADS.getThreadAllocatedBytes(ids);
    Map<Long, Long> threads = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        threads.put(ids[i], bytes[i]);
      }
    }
    return threads;
  }
}
