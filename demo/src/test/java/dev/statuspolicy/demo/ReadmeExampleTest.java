package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.RequestFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of use in README.md compiles, runs, and is the one printed there. */
class ReadmeExampleTest {

  /** The host's backend, as the README names it. */
  interface Backend {
    Outcome fetch(Target target, Parameters parameters);
  }

  private final Backend backend = (target, parameters) -> Outcome.data();

  Decision example() {
    // README:begin
    StatusPolicy policy = StatusPolicy.builder()          // build once, share: immutable, thread-safe
        .catalog(Catalog.of(Product.builder("nowcast")
            .coverage(Coverage.box(54.5, 4.5, 71.5, 31.5))
            .precision(CoordinatePrecision.fourDecimals())
            .version(ProductVersion.of("2.0", Lifecycle.stable(),
                Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
            .build()))
        .build();

    RequestFacts facts = RequestFacts.builder()           // raw strings, plus your own verdicts
        .method("GET")
        .target("/weatherapi/nowcast/2.0/complete?lat=59.9333&lon=10.7166")
        .header("User-Agent", "AcmeWeather/1.0 support@acme.example")
        .build();

    Admission admission = policy.admit(facts);            // before the backend is called
    Outcome outcome = admission instanceof Admission.Admitted admitted
        ? backend.fetch(admitted.target(), admitted.parameters())
        : Outcome.noData();                               // not used: the request was turned away
    Decision decision = policy.respond(admission, outcome);
    // decision.status(), decision.headers(), decision.body(): copy them onto your response
    // README:end
    return decision;
  }

  @Test
  void theExampleServesTheBackendsData() {
    Decision decision = example();

    assertThat(decision.status().code()).isEqualTo(200);
    assertThat(decision.body()).isInstanceOf(Body.BackendData.class);
  }

  @Test
  void theReadmeShowsTheExampleAsItIsHere() throws Exception {
    String source = Files.readString(
        Path.of("src/test/java/dev/statuspolicy/demo/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    String region = source.substring(source.indexOf("// README:begin\n") + 16, source.indexOf("    // README:end"));
    String unindented = region.lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(Collectors.joining("\n", "", "\n"));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(readme).as("README.md's example must be the one in ReadmeExampleTest").contains(unindented);
  }
}
