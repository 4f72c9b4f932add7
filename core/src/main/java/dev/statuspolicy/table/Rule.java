package dev.statuspolicy.table;

/**
 * A row of the table: its definition (data) and the question it asks (logic). The standard rows
 * implement this; product teams implement it to add their own rows at named points of the table.
 *
 * <p>An implementation must be immutable and thread-safe. It should not throw: if it does, the
 * policy records the failure in the trace and answers {@code internal-error} (500). It must only
 * fire with a status its definition declares, and an error row may not yield a 2xx; the policy
 * checks both and treats a breach like a throw.
 *
 * <p>A response row that maps a product team's {@link dev.statuspolicy.outcome.Outcome.Custom}
 * outcomes must claim their kinds in its definition ({@link RowDefinition#withClaims}); without a
 * claim, such an outcome is answered by {@code internal-error} before any row after it is
 * consulted. A claiming row must fire for every outcome of a kind it claims.
 */
public interface Rule {

  /** {@return the row's definition} Called once, when the policy is built. */
  RowDefinition definition();

  /**
   * Asks the row's question about one request.
   *
   * @param context the request, its resolution in the catalog and, in the response phase, the
   *     backend's outcome
   * @return passed, not applicable, or fired with a status and evidence
   */
  Finding evaluate(RuleContext context);
}
