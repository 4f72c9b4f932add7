package dev.statuspolicy.testkit;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.testkit.contract.ContractRun;
import dev.statuspolicy.testkit.contract.Exchange;
import dev.statuspolicy.testkit.contract.ParameterPatterns;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The contract a product team's extended policy must keep, as jqwik properties over requests
 * generated from that policy's own catalog. A team implements this interface in a test class and
 * hands over its policy:
 *
 * <pre>{@code
 * class NowcastContractTest implements PolicyContract {
 *   public StatusPolicy policy() {
 *     return NowcastTeam.extend(StatusPolicy.builder().catalog(Catalog.of(NowcastTeam.product()))).build();
 *   }
 * }
 * }</pre>
 *
 * <p>The kit then checks, for {@value #TRIES} random exchanges and a deterministic sweep of every
 * product, version, endpoint, parameter value, coverage point, lifecycle and outcome: totality,
 * statuses only from the declared set, the mandatory headers, {@code X-ErrorClass}, the problem's
 * status, escaping in JSON, HTML, plain text and headers, generic server faults, HEAD parity, the
 * 304 rules and determinism; over the table: every row reachable (or declared unreachable with a
 * reason in {@link #unreachableRows()}), the team rows' precedence against the edge and against
 * 499 and 500, and a reference with a running example for every team row; and that every
 * parameter type keeps to its pattern. A failure names the guarantee, the deciding row, the
 * shrunk request and outcome, and a one-line hint; see {@link
 * dev.statuspolicy.testkit.contract.ContractViolation}.
 *
 * <p>{@link #policy()} should return a policy that counts nothing: the kit states each request's
 * quota usage itself. It is called once per property.
 */
public interface PolicyContract {

  /** The random exchanges tried per run, and the values tried per parameter type. */
  int TRIES = 1000;

  /**
   * Returns the team's extended policy.
   *
   * @return the policy under test
   */
  StatusPolicy policy();

  /**
   * Returns the rows that no request of this catalog can reach, each with the reason. The kit
   * finds the standard rows a catalog leaves nothing to answer by itself (no restricted product,
   * no retired version, HTTPS not required...); declare only the others. A row declared here
   * that does decide a request fails the contract.
   *
   * @return the rows and reasons; none by default
   */
  default Map<RowId, String> unreachableRows() {
    return Map.of();
  }

  /**
   * Returns the examples the team gives its reference, for rows whose requests the reference
   * cannot guess (a row that answers one station id, say). The kit renders the reference with
   * them, and checks that each runs to its row.
   *
   * @return the examples by row; none by default
   */
  default Map<RowId, Example> referenceExamples() {
    return Map.of();
  }

  /**
   * Every random exchange of the catalog keeps the guarantees of a decision.
   *
   * @param exchange the request and outcome
   */
  @Property(tries = TRIES)
  default void policyContractEveryDecisionKeepsTheGuarantees(@ForAll("policyContractExchanges") Exchange exchange) {
    ContractRun.of(this).decisions().check(exchange);
  }

  /**
   * Every parameter type of the catalog accepts only what its pattern allows.
   *
   * @param candidate a declared parameter and a value to try
   */
  @Property(tries = TRIES)
  default void policyContractEveryParameterTypeKeepsToItsPattern(
      @ForAll("policyContractParameterValues") Tuple.Tuple2<ParameterPatterns.Declared, String> candidate) {
    if (candidate != null) {
      ParameterPatterns.check(candidate.get1(), candidate.get2());
    }
  }

  /** Every exchange of the deterministic sweep keeps the guarantees of a decision. */
  @net.jqwik.api.Example
  default void policyContractEverySweptDecisionKeepsTheGuarantees() {
    ContractRun.of(this).table().checkSweep();
  }

  /** Every row decides some request of the catalog's sweep, or is declared unreachable. */
  @net.jqwik.api.Example
  default void policyContractEveryRowIsReachableOrDeclaredUnreachable() {
    Map<RowId, Integer> decided = ContractRun.of(this).table().reachability(unreachableRows());
    decided.forEach((row, count) -> {
      for (int i = 0; i < count; i++) {
        Statistics.label("rows deciding the sweep").collect(row.value());
      }
    });
  }

  /** No team row answers before the edge, before 499, or before 500. */
  @net.jqwik.api.Example
  default void policyContractTeamRowsKeepTheirPrecedence() {
    ContractRun.of(this).table().precedence();
  }

  /** The reference renders, with an example that runs for every team row. */
  @net.jqwik.api.Example
  default void policyContractTheReferenceShowsEveryTeamRow() {
    ContractRun.of(this).table().reference(referenceExamples());
  }

  /**
   * Generates the exchanges of the catalog.
   *
   * @return the arbitrary
   */
  @Provide
  default Arbitrary<Exchange> policyContractExchanges() {
    return ContractRun.of(this).space().exchanges();
  }

  /**
   * Generates the parameter values to try.
   *
   * @return the arbitrary; a value that is never tried when the catalog declares no parameter
   */
  @Provide
  default Arbitrary<Tuple.Tuple2<ParameterPatterns.Declared, String>> policyContractParameterValues() {
    ParameterPatterns patterns = ContractRun.of(this).patterns();
    return patterns.any() ? patterns.candidates() : Arbitraries.just(null);
  }
}
