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
   * The keep-alive fault, on the JDK server: its only switch for TCP_NODELAY is a system
   * property read when the server is first used, so the demo sets it before then. Its accepted
   * sockets are not reachable from outside the JDK, so this asserts the switch.
   */
  @Test
  void theJdkServerIsStartedWithTcpNoDelay() {
    assertThat(System.getProperty(DemoServer.JDK_NO_DELAY)).isEqualTo("true");
  }

  /** Slow request heads are cut off by the JDK server's read limit, so none holds a thread. */
  @Test
  void theJdkServerIsStartedWithALimitOnReadingARequest() {
    assertThat(System.getProperty(DemoServer.JDK_MAX_REQUEST_SECONDS)).isEqualTo("10");
  }
}
