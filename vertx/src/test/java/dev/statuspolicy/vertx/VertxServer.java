package dev.statuspolicy.vertx;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.testkit.RawHttpClient;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real Vert.x server for the tests, on 127.0.0.1 and a free port, with one handler on a route
 * that names no path and no method, in Vert.x's strict thread mode, so that a response written
 * off the request's context fails; {@link #close()} stops it, and the Vert.x it started.
 */
final class VertxServer implements AutoCloseable {

  /** The identifying {@code User-Agent} the tests send unless a request gives its own. */
  static final String AGENT = "VertxAdapterTest/1.0 test@statuspolicy.dev";

  /** The liveness bound: only a server that hangs makes a test wait this long. */
  private static final long START_SECONDS = 20;

  private final Vertx vertx;
  private final HttpServer server;
  private final boolean ownsVertx;

  /** The raw client of the server on the loopback's {@code port}, as {@code Host: 127.0.0.1}. */
  static RawHttpClient client(int port) {
    return RawHttpClient.to(URI.create("http://127.0.0.1:" + port)).withHost("127.0.0.1")
        .withUserAgent(AGENT);
  }

  private VertxServer(Vertx vertx, HttpServer server, boolean ownsVertx) {
    this.vertx = vertx;
    this.server = server;
    this.ownsVertx = ownsVertx;
  }

  /** Starts a server on a Vert.x of its own with one event loop, shared by every connection. */
  static VertxServer start(StatusPolicy policy, Handler<RoutingContext> handler) {
    return start(Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1)), true, policy, handler);
  }

  /** Starts a server on a Vert.x of its own. */
  static VertxServer start(VertxOptions options, StatusPolicy policy,
      Handler<RoutingContext> handler) {
    return start(Vertx.vertx(options), true, policy, handler);
  }

  /** Starts a server on a Vert.x the caller closes. */
  static VertxServer on(Vertx vertx, StatusPolicy policy, Handler<RoutingContext> handler) {
    return start(vertx, false, policy, handler);
  }

  private static VertxServer start(Vertx vertx, boolean ownsVertx, StatusPolicy policy,
      Handler<RoutingContext> handler) {
    Router router = Router.router(vertx);
    router.route().handler(handler);
    try {
      // strict thread mode: a write from any thread but the request's context throws
      HttpServer server = vertx.createHttpServer(
              StatusPolicyServerOptions.of(policy).setStrictThreadMode(true))
          .requestHandler(router)
          .listen(0)
          .await(START_SECONDS, TimeUnit.SECONDS);
      return new VertxServer(vertx, server, ownsVertx);
    } catch (TimeoutException hung) {
      if (ownsVertx) {
        vertx.close();
      }
      throw new IllegalStateException("the server did not start", hung);
    }
  }

  Vertx vertx() {
    return vertx;
  }

  int port() {
    return server.actualPort();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + port());
  }

  @Override
  public void close() {
    try {
      (ownsVertx ? vertx.close() : server.close()).await(START_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException hung) {
      throw new IllegalStateException("the server did not close", hung);
    }
  }
}
