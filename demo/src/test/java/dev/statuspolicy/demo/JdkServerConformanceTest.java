package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.host.Backend;
import dev.statuspolicy.testkit.Check;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ConformanceChecks;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The conformance suite against the demo's server on the {@code jdk-httpserver} module, set up as
 * {@code serve --server jdk} sets it up, serving the conformance API. Two checks cannot pass on
 * the JDK's server, which parses the target as a URI before any handler runs and answers a
 * malformed escape itself; they are run apart and pinned, as the module's own test does.
 */
class JdkServerConformanceTest {

  private static final Set<String> REFUSED_BY_THE_JDK = Set.of(
      "a malformed escape in the query reaches the policy as it is",
      "a lone percent sign at the end of the query reaches the policy as it is");

  private static DemoServer server;

  @BeforeAll
  static void start() throws Exception {
    Backend backend = ConformanceApi.backend();
    server = DemoServer.start(DemoServer.Engine.JDK, Main.DEFAULT_HOST, 0,
        new DemoApi(ConformanceApi.policy(), ConformanceApi::verdicts, headers -> backend, line -> { }));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<Check> checks() {
    return ConformanceChecks.all(URI.create("http://127.0.0.1:" + server.port()),
        ServerTraits.JDK_HTTPSERVER);
  }

  @TestFactory
  Stream<DynamicTest> conformance() {
    return checks().stream()
        .filter(check -> !REFUSED_BY_THE_JDK.contains(check.name()))
        .map(check -> DynamicTest.dynamicTest(check.name(), check::run));
  }

  @Test
  void theJdkAnswersMalformedEscapesItself() {
    List<Check> refused = checks().stream()
        .filter(check -> REFUSED_BY_THE_JDK.contains(check.name()))
        .collect(Collectors.toList());
    assertThat(refused).hasSameSizeAs(REFUSED_BY_THE_JDK);
    for (Check check : refused) {
      assertThatThrownBy(check::run).isInstanceOf(AssertionError.class);
    }
  }
}
