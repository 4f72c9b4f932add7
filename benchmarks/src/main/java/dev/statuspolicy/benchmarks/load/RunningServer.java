package dev.statuspolicy.benchmarks.load;

/** A server started for one run, on a port of the loopback interface chosen by the system. */
interface RunningServer extends AutoCloseable {

  /** {@return the port it listens on} */
  int port();

  /**
   * Stops it.
   *
   * @throws IllegalStateException if it does not stop
   */
  @Override
  void close();
}
