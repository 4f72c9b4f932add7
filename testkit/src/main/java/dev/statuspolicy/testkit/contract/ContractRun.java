package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.testkit.PolicyContract;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The checks of one test instance, built once from its policy: jqwik calls the properties and
 * generators many times on the same instance, and the team's {@code policy()} may build a new
 * policy on every call.
 *
 * @param policy the policy under test
 * @param space the catalog's requests and outcomes
 * @param decisions the checks of one decision
 * @param table the checks of the table
 * @param patterns the checks of the parameter types
 */
public record ContractRun(StatusPolicy policy, CatalogSpace space, DecisionChecks decisions,
    TableChecks table, ParameterPatterns patterns) {

  private static final Map<PolicyContract, ContractRun> RUNS = new WeakHashMap<>();

  /**
   * Returns the run of a test instance, building it on first use.
   *
   * @param contract the test instance
   * @return its run
   */
  public static ContractRun of(PolicyContract contract) {
    synchronized (RUNS) {
      return RUNS.computeIfAbsent(contract, c -> {
        StatusPolicy policy = c.policy();
        return new ContractRun(policy, new CatalogSpace(policy), new DecisionChecks(policy),
            new TableChecks(policy), new ParameterPatterns(policy));
      });
    }
  }
}
