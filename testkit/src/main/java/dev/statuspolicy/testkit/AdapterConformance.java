package dev.statuspolicy.testkit;

import java.net.URI;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The adapter conformance suite, for JUnit Jupiter: extend it in a test, start the server under
 * test with the adapter serving {@link ConformanceApi} at the root, and return its address.
 *
 * <pre>{@code
 * class MyAdapterConformanceTest extends AdapterConformance {
 *   static MyServer server = MyServer.start(0, ConformanceApi.policy(), ConformanceApi.backend());
 *
 *   @Override
 *   protected URI baseUri() {
 *     return URI.create("http://127.0.0.1:" + server.port());
 *   }
 * }
 * }</pre>
 */
public abstract class AdapterConformance {

  /** For subclasses. */
  protected AdapterConformance() {}

  /**
   * Returns the address of the running server under test, such as {@code http://127.0.0.1:8080}.
   *
   * @return the base URI, without a path
   */
  protected abstract URI baseUri();

  /**
   * Returns what the server may do differently; {@link ServerTraits#EXACT} unless overridden.
   *
   * @return the server's traits
   */
  protected ServerTraits traits() {
    return ServerTraits.EXACT;
  }

  /**
   * Runs every check against the server, one dynamic test each.
   *
   * @return the checks
   */
  @TestFactory
  Stream<DynamicTest> conformance() {
    return ConformanceChecks.all(baseUri(), traits()).stream()
        .map(check -> DynamicTest.dynamicTest(check.name(), check::run));
  }
}
