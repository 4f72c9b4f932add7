package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.testkit.Check;
import dev.statuspolicy.testkit.ConformanceChecks;
import dev.statuspolicy.testkit.ServerTraits;
import java.io.IOException;
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
 * The kit's suite against the handler on the hardened JDK server, with {@link
 * ServerTraits#JDK_HTTPSERVER}. It runs the kit's checks itself rather than extending {@code
 * AdapterConformance}, because two checks cannot pass on the JDK's server: it parses the request
 * target as a {@link java.net.URI} before any handler exists, and answers a malformed {@code %}
 * escape with its own 400. {@link #theJdkAnswersMalformedEscapesItself()} pins that, so the two
 * return to the suite as soon as a JDK lets them through.
 */
class JdkHttpServerConformanceTest {

  /** The checks whose requests the JDK refuses before the handler runs. */
  private static final Set<String> REFUSED_BY_THE_JDK = Set.of(
      "a malformed escape in the query reaches the policy as it is",
      "a lone percent sign at the end of the query reaches the policy as it is");

  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = HardenedHttpServer.start(0, ConformanceServer.handler());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static List<Check> checks() {
    return ConformanceChecks.all(ConformanceServer.base(server), ServerTraits.JDK_HTTPSERVER);
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
      assertThatThrownBy(check::run)
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("URISyntaxException thrown");
    }
  }
}
