package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in reference is what the policy renders now. */
class DocsAreCurrentTest {

  private static final Path CHECKED_IN = Path.of("..", "docs", "status-codes.md");

  @Test
  void docsStatusCodesMatchesTheRenderedReference() throws Exception {
    String checkedIn = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);

    assertThat(checkedIn)
        .as("docs/status-codes.md is out of date with the policy; regenerate it from the project"
            + " root with:%n  %s%n", DemoDocs.REGENERATE)
        .isEqualTo(DemoDocs.render());
  }

  @Test
  void docsOpenApiJsonMatchesTheRenderedDocument() throws Exception {
    String checkedIn = Files.readString(Path.of("..", "docs", "openapi.json"), StandardCharsets.UTF_8);

    assertThat(checkedIn)
        .as("docs/openapi.json is out of date with the policy; regenerate it from the project"
            + " root with:%n  %s%n", DemoDocs.REGENERATE_OPENAPI)
        .isEqualTo(DemoDocs.openApi());
  }

  @Test
  void theDocsCommandPrintsTheOpenApiDocuments() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"docs", "openapi"},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DemoDocs.openApi());

    out.reset();
    assertThat(Main.run(new String[] {"docs", "openapi", "sunrise/3.0"},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DemoDocs.openApi("sunrise", "3.0"))
        .contains("\"/weatherapi/sunrise/3.0/sun\"");

    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    assertThat(Main.run(new String[] {"docs", "openapi", "sunrise/9.9"},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no product version 'sunrise/9.9'");
  }

  @Test
  void theDocsCommandPrintsTheSameReference() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int status = Main.run(new String[] {"docs"},
        new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(DemoDocs.render());
  }

  @Test
  void theDemoReferenceShowsAnExampleForEveryRowButTheTwoItsPolicyCannotReach() {
    String page = DemoDocs.render();

    assertThat(page.split("_Not reachable with this policy and catalog", -1)).hasSize(3);
    assertThat(page).contains("### 1. `https-required`\n").contains("### 10. `product-unavailable`\n");
    assertThat(page).contains("GET /weatherapi/nowcast/2.0/complete?lat=52.52&lon=13.405 HTTP/1.1");
  }
}
