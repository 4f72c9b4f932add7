package dev.statuspolicy.demo;

/** The checks over HTTP, against the demo on the JDK's {@code HttpServer} ({@code serve --server jdk}). */
class JdkServerHttpChecksTest extends HttpChecks {

  @Override
  DemoServer.Engine engine() {
    return DemoServer.Engine.JDK;
  }
}
