package dev.statuspolicy.demo;

import java.util.function.Consumer;

/** The checks over HTTP, against the demo on the JDK's {@code HttpServer}. */
class HttpServerAdapterTest extends HttpChecks {

  private DemoServer server;

  @Override
  int start(WeatherApi api, Consumer<String> log) throws Exception {
    server = DemoServer.start(0, api, log);
    return server.port();
  }

  @Override
  void stop() {
    server.close();
  }
}
