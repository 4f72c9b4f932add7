/**
 * The machinery of {@link dev.statuspolicy.testkit.PolicyContract}: the requests and outcomes of
 * a catalog ({@link dev.statuspolicy.testkit.contract.CatalogSpace}), the checks of one decision
 * ({@link dev.statuspolicy.testkit.contract.DecisionChecks}), of the table ({@link
 * dev.statuspolicy.testkit.contract.TableChecks}) and of the parameter types ({@link
 * dev.statuspolicy.testkit.contract.ParameterPatterns}), and the failure they throw ({@link
 * dev.statuspolicy.testkit.contract.ContractViolation}, naming a {@link
 * dev.statuspolicy.testkit.contract.Guarantee}). A team implements {@code PolicyContract} and
 * needs nothing else from here; the types are public so that it can also run one check on its
 * own, such as {@code new DecisionChecks(policy).check(exchange)} for a request it wants pinned.
 */
package dev.statuspolicy.testkit.contract;
