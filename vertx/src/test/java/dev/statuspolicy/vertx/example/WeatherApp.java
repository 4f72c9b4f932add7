package dev.statuspolicy.vertx.example;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.vertx.StatusPolicyHandler;
import dev.statuspolicy.vertx.StatusPolicyServerOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A weather API on Vert.x, as a user writes it: one product, a backend that reads its data on a
 * worker thread, and the policy's handler in front. Run it with {@code main}, then
 * {@code curl -i -A 'me/1.0 me@example.org'
 * 'http://127.0.0.1:8080/weatherapi/nowcast/2.0/complete?lat=59.9&lon=10.7'}.
 */
public final class WeatherApp {

  private static final Catalog CATALOG = Catalog.of(Product.builder("nowcast")
      .version(ProductVersion.of("2.0", Lifecycle.stable(),
          Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
      .build());

  private WeatherApp() {}

  /**
   * Serves the API on 127.0.0.1.
   *
   * @param args the port, 8080 when none is given
   */
  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
    start(Vertx.vertx(), port, System.out::println)
        .onSuccess(server -> System.out.println("serving on http://127.0.0.1:" + server.actualPort()))
        .onFailure(failed -> System.exit(1));
  }

  /** Starts the server; the lines between the markers are what the README shows. */
  static Future<HttpServer> start(Vertx vertx, int port, Consumer<String> accessLog) {
    // README: from here
    StatusPolicy policy = StatusPolicy.builder().catalog(CATALOG).build();
    Router router = Router.router(vertx);
    router.route("/weatherapi/*").handler(                    // every method, OPTIONS and TRACE too
        StatusPolicyHandler.builder(policy, WeatherApp::forecast)
            .facts((routing, facts) -> facts.requestId(routing.request().getHeader("X-Request-Id")))
            .log(served -> accessLog.accept(served.logLine()))
            .build());
    return vertx.createHttpServer(StatusPolicyServerOptions.of(policy))     // 127.0.0.1
        .requestHandler(router)
        .listen(port);
    // README: to here
  }

  /**
   * The backend: blocking work goes to a worker, and the future completes with the reply. The
   * policy has checked both coordinates as numbers before the backend is called.
   */
  private static Future<Reply> forecast(Admission.Admitted request, RoutingContext routing) {
    return routing.vertx().executeBlocking(() -> Reply.data(Content.of("application/json",
        String.format(Locale.ROOT, "{\"lat\":%s,\"lon\":%s,\"air_temperature\":12.5}",
            request.parameters().value("lat"), request.parameters().value("lon"))
            .getBytes(StandardCharsets.UTF_8))));
  }
}
