package dev.statuspolicy.demo;

import dev.statuspolicy.reference.StatusCodeReference;

/** The demo's status-code reference, checked in as {@code docs/status-codes.md}. */
public final class DemoDocs {

  /** The command that regenerates the checked-in reference, run from the project root. */
  public static final String REGENERATE =
      "mvn -q -B package -DskipTests && java -jar demo/target/status-policy-demo.jar docs"
          + " > docs/status-codes.md";

  private DemoDocs() {}

  /**
   * Renders the reference of the demo's policy, at the fixed documentation instant.
   *
   * @return the Markdown page
   */
  public static String render() {
    return StatusCodeReference.render(
        DemoCatalog.policy(DemoCatalog.docsClock(), DemoCatalog.DEFAULT_RATE_LIMIT),
        DemoExamples.all());
  }
}
