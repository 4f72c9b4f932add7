package dev.statuspolicy.internal;

/**
 * Sorts what a row, a clock or a backend threw: a failure of the JVM itself propagates, and every
 * other throwable is answered by the table. {@link StackOverflowError} is not fatal here: a deep
 * recursion unwinds fully before it is caught, so the stack is usable again, and it is a bug of
 * the code that recursed rather than of the machine.
 */
public final class Failures {

  private Failures() {}

  /**
   * Rethrows a {@link VirtualMachineError} other than {@link StackOverflowError}; returns for
   * everything else.
   *
   * @param failed what was caught
   */
  public static void rethrowIfFatal(Throwable failed) {
    if (failed instanceof VirtualMachineError fatal && !(failed instanceof StackOverflowError)) {
      throw fatal;
    }
  }
}
