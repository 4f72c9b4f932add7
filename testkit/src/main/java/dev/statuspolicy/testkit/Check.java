package dev.statuspolicy.testkit;

import java.util.Objects;

/**
 * One check of the suite: a name that says what must hold, and the code that checks it against
 * the server. Runnable from any test framework; {@link AdapterConformance} runs each as a JUnit
 * dynamic test.
 *
 * @param name what must hold, such as {@code 405 for OPTIONS, with the policy's Allow}
 * @param body the check; throws an {@link AssertionError} that names every difference
 */
public record Check(String name, Body body) {

  /** The code of a check. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the check.
     *
     * @throws Exception when the server cannot be reached or read
     */
    void run() throws Exception;
  }

  /**
   * @param name what must hold; not null
   * @param body the check; not null
   * @throws NullPointerException if an argument is null
   */
  public Check {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Runs the check.
   *
   * @throws Exception when the server cannot be reached or read
   * @throws AssertionError when the server's answer differs from the policy's
   */
  public void run() throws Exception {
    body.run();
  }
}
