package dev.statuspolicy.testkit.contract;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A broken guarantee, reported so that a product team can act on it: the guarantee, the deciding
 * row, the request and outcome (shrunk by jqwik when a property found it), and a one-line hint.
 * It carries no stack trace, engine trace nor exception of the policy: where a row threw, the
 * hint names the exception's class, and the team reruns the request to debug it.
 */
public final class ContractViolation extends AssertionError {

  private static final long serialVersionUID = 1L;

  /** The broken guarantee. */
  private final Guarantee guarantee;

  /** The row that decided, as the failure describes it. */
  private final String row;

  /**
   * Reports a broken guarantee.
   *
   * @param guarantee the guarantee
   * @param row the deciding row, or what decided instead, such as {@code internal-error (in place
   *     of radar-site-down, which failed)}
   * @param exchange the request and outcome, or null for a guarantee about the table as a whole
   * @param hint one line on what to change
   */
  public ContractViolation(Guarantee guarantee, String row, @Nullable Exchange exchange, String hint) {
    super(message(guarantee, row, exchange, hint));
    this.guarantee = Objects.requireNonNull(guarantee, "guarantee");
    this.row = Objects.requireNonNull(row, "row");
  }

  private static String message(Guarantee guarantee, String row, @Nullable Exchange exchange,
      String hint) {
    StringBuilder text = new StringBuilder(256)
        .append("PolicyContract: \"").append(guarantee.title()).append("\" is broken")
        .append("\n  deciding row: ").append(row);
    if (exchange != null) {
      text.append("\n  request:      ").append(exchange.request())
          .append("\n  outcome:      ").append(Exchange.describe(exchange.outcome()));
    }
    return text.append("\n  hint:         ").append(hint).toString();
  }

  /** {@return the broken guarantee} */
  public Guarantee guarantee() {
    return guarantee;
  }

  /** {@return the deciding row, as the failure describes it} */
  public String row() {
    return row;
  }

  /** No stack trace: the message says all a team can act on. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
