package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.StatusPolicy;

/**
 * A server the load benchmark runs on, and how to start it serving either through the policy's
 * adapter or with a plain handler that writes an answer recorded before.
 */
interface ServerKind {

  /** {@return the name shown in the tables} */
  String label();

  /**
   * Starts the server with the policy's adapter and {@link LoadBackend} behind it.
   *
   * @param policy the policy
   * @return the running server
   * @throws Exception if it cannot start
   */
  RunningServer withPolicy(StatusPolicy policy) throws Exception;

  /**
   * Starts the same server with a handler that writes {@code answer} to every request, and
   * nothing of the policy.
   *
   * @param policy the policy, only for server options the adapter's documentation asks for
   * @param answer what to write
   * @return the running server
   * @throws Exception if it cannot start
   */
  RunningServer writing(StatusPolicy policy, Answer answer) throws Exception;
}
