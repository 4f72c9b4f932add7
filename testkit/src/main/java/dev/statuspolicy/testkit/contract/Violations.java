package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.table.StandardRow;

/** Turns what a row did wrong, as the policy recorded it, into a failure a team can act on. */
final class Violations {

  private Violations() {}

  /**
   * Names the row that decided, and the one it stood in for when a row failed.
   *
   * @param decision the decision
   * @return such as {@code internal-error (in place of radar-site-down, which failed)}
   */
  static String decidingRow(Decision decision) {
    Breach breach = decision.trace().breach();
    if (breach != null && breach.failed()) {
      return decision.row() + " (in place of " + breach.row() + ", which failed)";
    }
    return decision.row().value();
  }

  /**
   * Reports the breach a decision records.
   *
   * @param breach the breach
   * @param decision the decision it affected
   * @param exchange the request and outcome
   * @return the failure
   */
  static ContractViolation of(Breach breach, Decision decision, Exchange exchange) {
    String row = breach.row().value();
    return switch (breach.kind()) {
      case THREW -> new ContractViolation(Guarantee.TOTALITY, decidingRow(decision), exchange,
          row.equals(StandardRow.OUTSIDE_COVERAGE.id().value())
              ? "the product's coverage shape " + breach.detail() + " when asked about this"
                  + " point: Coverage.contains and bounds must answer every latitude and longitude, the poles and"
                  + " both sides of the antimeridian included"
              : "row " + row + " " + breach.detail() + " (it, or a coverage shape or parameter type it consults):"
                  + " answer Finding.passed() or notApplicable() for what it does not decide, and never throw");
      case NO_FINDING -> new ContractViolation(Guarantee.TOTALITY, decidingRow(decision), exchange,
          "row " + row + " returned null: return Finding.passed() or Finding.notApplicable() instead");
      case CLAIM_NOT_DECIDED -> new ContractViolation(Guarantee.TOTALITY, decidingRow(decision), exchange,
          "row " + row + " " + breach.detail() + ": a row must fire for every outcome of a kind it claims,"
              + " or stop claiming the kind");
      case UNDECLARED_STATUS -> new ContractViolation(Guarantee.DECLARED_STATUSES, decidingRow(decision), exchange,
          "row " + row + " " + breach.detail() + ": declare the status in its RowDefinition, or fire one it declares");
      case MISSING_EVIDENCE -> new ContractViolation(Guarantee.MANDATORY_HEADERS, decidingRow(decision), exchange,
          "row " + row + " " + breach.detail() + ": put it in the Evidence the row fires with");
      case UNWRITABLE -> new ContractViolation(Guarantee.ESCAPING, decidingRow(decision), exchange,
          "row " + row + " " + breach.detail() + ": its evidence held text no header may carry; never copy request"
              + " text into allowed methods, links or challenges, name fixed values instead");
      case WITHHELD_EVIDENCE -> new ContractViolation(Guarantee.GENERIC_SERVER_FAULTS, decidingRow(decision), exchange,
          "row " + row + " " + breach.detail() + ": a server fault must not describe what went wrong; give it"
              + " only retryAfter, and log the cause on the host");
    };
  }
}
