package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.vertx.StatusPolicyHandler;
import dev.statuspolicy.vertx.StatusPolicyServerOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Vert.x 5 with one event loop's server and a router, on the options {@link
 * StatusPolicyServerOptions} gives: the {@code vertx} module's {@link StatusPolicyHandler}, or a
 * plain route handler.
 */
final class VertxServer implements ServerKind {

  @Override
  public String label() {
    return "Vert.x 5.0 (vertx module)";
  }

  @Override
  public RunningServer withPolicy(StatusPolicy policy) throws Exception {
    return start(policy, StatusPolicyHandler.builder(policy,
        (admitted, routing) -> Future.succeededFuture(LoadBackend.REPLY)).build());
  }

  @Override
  public RunningServer writing(StatusPolicy policy, Answer answer) throws Exception {
    Buffer body = Buffer.buffer(answer.body());
    return start(policy, routing -> {
      HttpServerResponse response = routing.response().setStatusCode(answer.status());
      for (Map.Entry<String, String> header : answer.headers()) {
        response.putHeader(header.getKey(), header.getValue());
      }
      if (answer.body().length == 0) {
        response.end();
      } else {
        response.end(body);
      }
    });
  }

  private static RunningServer start(StatusPolicy policy, Handler<RoutingContext> handler)
      throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Router router = Router.router(vertx);
      router.route().handler(handler);
      HttpServer server = vertx.createHttpServer(StatusPolicyServerOptions.of(policy))
          .requestHandler(router)
          .listen(0, "127.0.0.1")
          .await(30, TimeUnit.SECONDS);
      return new RunningServer() {
        @Override
        public int port() {
          return server.actualPort();
        }

        @Override
        public void close() {
          try {
            vertx.close().await(30, TimeUnit.SECONDS);
          } catch (Exception failed) {
            throw new IllegalStateException("Vert.x did not stop", failed);
          }
        }
      };
    } catch (Exception failed) {
      vertx.close();
      throw failed;
    }
  }
}
