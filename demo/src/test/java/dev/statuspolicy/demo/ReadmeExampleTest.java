package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example of use in README.md compiles, runs, and is the one printed there. */
class ReadmeExampleTest {

  /** The host's backend, as the README names it. */
  interface WeatherBackend {
    Reply fetch(Target target, Parameters parameters);
  }

  private static final byte[] DOCUMENT = "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8);

  private final WeatherBackend backend =
      (target, parameters) -> Reply.data(Content.of("application/geo+json", DOCUMENT));

  /** The host's response: records what the policy writes. */
  private final List<String> written = new ArrayList<>();
  private final ResponseSink sink = new ResponseSink() {
    @Override
    public void status(int code, String reason) {
      written.add(code + " " + reason);
    }

    @Override
    public void header(String name, String value) {
      written.add(name + ": " + value);
    }

    @Override
    public void body(long contentLength, byte[] bytes) {
      written.add("length " + contentLength);
      written.add(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void abort() {
      written.add("abort");
    }
  };

  Served example() throws IOException {
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

    Served served = policy.serve(facts,                   // one call per request
        admitted -> backend.fetch(admitted.target(), admitted.parameters()), // only if admitted
        sink);                                            // your framework's response
    log.info(served.logLine());                           // GET /weatherapi/... -> 200 ok
    // README:end
    return served;
  }

  private final java.util.logging.Logger log = java.util.logging.Logger.getLogger("access");

  @Test
  void theExampleServesTheBackendsData() throws IOException {
    Served served = example();

    assertThat(served.decision().status().code()).isEqualTo(200);
    assertThat(written).first().isEqualTo("200 OK");
    assertThat(written).contains("Content-Type: application/geo+json",
        "length " + DOCUMENT.length, new String(DOCUMENT, StandardCharsets.UTF_8));
    assertThat(served.logLine()).endsWith("-> 200 ok");
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
