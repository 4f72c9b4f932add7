package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The checks over HTTP, against the demo on the JDK's {@code HttpServer} ({@code serve --server jdk}). */
class JdkServerHttpChecksTest extends HttpChecks {

  @Override
  DemoServer.Engine engine() {
    return DemoServer.Engine.JDK;
  }

  /**
   * The keep-alive and slow-head faults, on the JDK server: the module's settings the
   * demo starts it with turn TCP_NODELAY on and limit the time a request head may take. The
   * JDK's accepted sockets are not reachable from outside it, so this asserts the settings.
   */
  @Test
  void theJdkServerRunsWithTcpNoDelayAndALimitOnReadingRequestHeads() {
    assertThat(DemoServer.JDK_SETTINGS.noDelay()).isTrue();
    assertThat(DemoServer.JDK_SETTINGS.requestTimeout()).isPositive();
  }
}
