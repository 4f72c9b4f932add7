package dev.statuspolicy.demo;

/** The checks over HTTP, against the demo on embedded Jetty 12, as {@code serve} runs it. */
class JettyServerHttpChecksTest extends HttpChecks {

  @Override
  DemoServer.Engine engine() {
    return DemoServer.Engine.JETTY;
  }
}
