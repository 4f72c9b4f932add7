package dev.statuspolicy.javalin;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;

/**
 * The example app: a Javalin application that serves a Nowcast product through the policy and
 * a page of its own through Javalin, on 127.0.0.1. Run {@code main} with a port (8080 if none);
 * {@link #start} is the code the README shows.
 */
public final class NowcastOnJavalin {

  private static final System.Logger LOG = System.getLogger("nowcast");

  /** The catalog: one product, its coverage, and one endpoint taking a point. */
  static final Catalog CATALOG = Catalog.of(Product.builder("nowcast")
      .coverage(Coverage.box(54.5, 4.5, 71.5, 31.5))
      .precision(CoordinatePrecision.fourDecimals())
      .version(ProductVersion.of("2.0", Lifecycle.stable(),
          Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
      .build());

  /** The document every admitted request gets, standing in for the application's data. */
  static final String DOCUMENT = "{\"type\":\"Feature\",\"properties\":{\"precipitation\":0.4}}";

  private NowcastOnJavalin() {}

  /**
   * Runs the app until the process ends.
   *
   * @param args the port, 8080 if none
   */
  public static void main(String[] args) {
    start(args.length > 0 ? Integer.parseInt(args[0]) : 8080);
  }

  /** Starts the app on 127.0.0.1 and {@code port}, 0 for a free one. */
  static Javalin start(int port) {
    // README begin
    StatusPolicy policy = StatusPolicy.builder().catalog(CATALOG).build();   // one per application
    return Javalin.create(config -> {
      config.registerPlugin(StatusPolicyPlugin.builder(policy, NowcastOnJavalin::fetch)
          .facts((request, facts) -> facts.requestId(request.getHeader("X-Request-Id")))
          .log(served -> LOG.log(System.Logger.Level.INFO, served.logLine()))
          .build());
      config.routes.get("/", ctx -> ctx.result("Nowcast on Javalin"));      // the app's own routes
    }).start("127.0.0.1", port);
    // README end
  }

  /** The application's backend: what it has for an admitted request. */
  private static Reply fetch(Admission.Admitted admitted) {
    return Reply.data(Content.of("application/json", DOCUMENT.getBytes(StandardCharsets.UTF_8)));
  }
}
