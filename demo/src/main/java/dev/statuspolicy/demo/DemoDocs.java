package dev.statuspolicy.demo;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.reference.OpenApi;
import dev.statuspolicy.reference.StatusCodeReference;

/** The demo's status-code reference, checked in as {@code docs/status-codes.md}. */
public final class DemoDocs {

  /** The command that regenerates the checked-in reference, run from the project root. */
  public static final String REGENERATE =
      "mvn -q -B package -DskipTests && java -jar demo/target/status-policy-demo.jar docs"
          + " > docs/status-codes.md";

  /** The command that regenerates the checked-in OpenAPI document of the whole catalog. */
  public static final String REGENERATE_OPENAPI =
      "mvn -q -B package -DskipTests && java -jar demo/target/status-policy-demo.jar docs openapi"
          + " > docs/openapi.json";

  private DemoDocs() {}

  /**
   * Renders the OpenAPI document of the demo's whole catalog, at the fixed documentation instant.
   *
   * @return the JSON document
   */
  public static String openApi() {
    return OpenApi.catalog(policy(), DemoExamples.all());
  }

  /**
   * Renders the OpenAPI document of one product version, at the fixed documentation instant.
   *
   * @param product the product
   * @param version the version, or {@code _} for the current one
   * @return the JSON document
   * @throws IllegalArgumentException if the catalog has no such product version
   */
  public static String openApi(String product, String version) {
    return OpenApi.version(policy(), product, version, DemoExamples.all());
  }

  private static StatusPolicy policy() {
    return DemoCatalog.policy(DemoCatalog.docsClock(), DemoCatalog.DEFAULT_RATE_LIMIT);
  }

  /**
   * Renders the reference of the demo's policy, at the fixed documentation instant.
   *
   * @return the Markdown page
   */
  public static String render() {
    return StatusCodeReference.render(policy(), DemoExamples.all());
  }
}
