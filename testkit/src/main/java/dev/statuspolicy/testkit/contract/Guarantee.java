package dev.statuspolicy.testkit.contract;

/**
 * The guarantees {@link dev.statuspolicy.testkit.PolicyContract} checks, each named as a failure
 * names it. A product team's extension (its rows, outcomes, coverage shapes and parameter types)
 * must keep every one of them for every request its catalog can receive.
 */
public enum Guarantee {
  /** Every request and outcome gets one decision, from the row that owns it; nothing throws. */
  TOTALITY("totality"),
  /** A row answers only with a status it declares, and only with the codes MET documents. */
  DECLARED_STATUSES("statuses only from the declared set"),
  /** Each status carries the headers it needs: Allow, WWW-Authenticate, Retry-After, RateLimit... */
  MANDATORY_HEADERS("the mandatory headers per status"),
  /** {@code X-ErrorClass} names the deciding row on every 4xx and 5xx, and is absent otherwise. */
  ERROR_CLASS("X-ErrorClass equal to the deciding row"),
  /** The {@code status} member of a problem document equals the status on the wire. */
  PROBLEM_STATUS("problem status equal to the wire status"),
  /** Request text is escaped in JSON, HTML, plain text and headers alike. */
  ESCAPING("escaping in every format"),
  /** A 5xx shows nothing of what went wrong: a generic body, and no header from the evidence. */
  GENERIC_SERVER_FAULTS("generic 5xx bodies and headers"),
  /** HEAD gets GET's status and headers and no body. */
  HEAD_PARITY("HEAD parity"),
  /** A 304 answers only a GET or HEAD whose validator matched, and carries the 200's validators. */
  NOT_MODIFIED("the 304 rules"),
  /** The same request and outcome get the same decision, in one call or in two phases. */
  DETERMINISM("determinism"),
  /** Every row decides some request of the catalog, or is declared unreachable with a reason. */
  REACHABILITY("every row reachable, or declared unreachable with a reason"),
  /** The edge (blocklist, method, target length, identification, quota) and 499 and 500 win. */
  PRECEDENCE("the team rows' precedence against the standard rows"),
  /** The reference renders, with an example that runs for every team row. */
  REFERENCE("a reference that renders, with an example for every team row"),
  /** A parameter type accepts only values its pattern allows, and accepts its own examples. */
  PARAMETER_PATTERNS("parameter types that keep to their patterns");

  private final String title;

  Guarantee(String title) {
    this.title = title;
  }

  /** {@return the guarantee as a failure names it, such as {@code escaping in every format}} */
  public String title() {
    return title;
  }
}
