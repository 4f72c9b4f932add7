package dev.statuspolicy.benchmarks.load;

import java.util.Locale;

/**
 * What one wrk run measured.
 *
 * @param requests the requests completed
 * @param seconds how long the run took
 * @param socketErrors connect, read, write and timeout errors together
 * @param errorStatuses responses with a status of 400 or more
 * @param p50Micros the median latency
 * @param p99Micros the 99th percentile latency
 * @param allocatedBytes the bytes the threads of this JVM (the server's) allocated meanwhile
 * @param cpuNanos the CPU time this JVM (the server) used meanwhile
 */
record WrkResult(long requests, double seconds, long socketErrors, long errorStatuses, double p50Micros,
    double p99Micros, long allocatedBytes, long cpuNanos) {

  /** The line the Lua script's {@code done} prints, and which {@link #parse} reads. */
  static final String PREFIX = "STATUS-POLICY-RESULT";

  /** {@return requests per second} */
  double throughput() {
    return requests / seconds;
  }

  /** {@return microseconds of the server's CPU time per request} */
  double cpuMicrosPerRequest() {
    return requests == 0 ? 0 : cpuNanos / 1e3 / requests;
  }

  /** {@return bytes allocated in this JVM per request} */
  double allocationPerRequest() {
    return requests == 0 ? 0 : allocatedBytes / (double) requests;
  }

  /**
   * Reads the result line among wrk's output.
   *
   * @param output what wrk printed
   * @param allocatedBytes the allocation measured around the run
   * @param cpuNanos the CPU time measured around the run
   * @return the result
   * @throws IllegalStateException if no result line is there
   */
  static WrkResult parse(String output, long allocatedBytes, long cpuNanos) {
    for (String line : output.split("\n")) {
      if (line.startsWith(PREFIX + " ")) {
        String[] f = line.substring(PREFIX.length() + 1).trim().split(" ");
        long requests = Long.parseLong(f[0]);
        double seconds = Long.parseLong(f[1]) / 1e6;
        long errors = Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[4])
            + Long.parseLong(f[5]);
        return new WrkResult(requests, seconds, errors, Long.parseLong(f[6]),
            Double.parseDouble(f[7]), Double.parseDouble(f[8]), allocatedBytes, cpuNanos);
      }
    }
    throw new IllegalStateException("wrk printed no result line:\n" + output);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.0f req/s, p50 %.0f us, p99 %.0f us, %.1f us CPU and %.0f B"
        + " per request", throughput(), p50Micros, p99Micros, cpuMicrosPerRequest(),
        allocationPerRequest());
  }
}
