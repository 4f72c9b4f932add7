package dev.statuspolicy.benchmarks.load;

import com.sun.net.httpserver.HttpHandler;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.jdkhttp.HardenedHttpServer;
import dev.statuspolicy.jdkhttp.ServerSettings;
import dev.statuspolicy.jdkhttp.StatusPolicyHandler;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The JDK's own HTTP server, as the {@code jdk-httpserver} module's {@link HardenedHttpServer}
 * starts it with its default settings: its {@link StatusPolicyHandler}, or a plain handler.
 */
final class JdkServer implements ServerKind {

  @Override
  public String label() {
    return "JDK HttpServer (jdk-httpserver module)";
  }

  @Override
  public RunningServer withPolicy(StatusPolicy policy) throws Exception {
    return start(StatusPolicyHandler.builder().policy(policy)
        .backend(admitted -> LoadBackend.REPLY).build());
  }

  @Override
  public RunningServer writing(StatusPolicy policy, Answer answer) throws Exception {
    return start(exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        for (Map.Entry<String, String> header : answer.headers()) {
          exchange.getResponseHeaders().add(header.getKey(), header.getValue());
        }
        byte[] body = answer.body();
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        }
      }
    });
  }

  private static RunningServer start(HttpHandler handler) throws Exception {
    HardenedHttpServer server = HardenedHttpServer.start(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler, ServerSettings.defaults());
    return new RunningServer() {
      @Override
      public int port() {
        return server.port();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }
}
