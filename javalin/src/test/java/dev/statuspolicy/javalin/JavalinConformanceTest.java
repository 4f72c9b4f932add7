package dev.statuspolicy.javalin;

import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ServerTraits;
import io.javalin.Javalin;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The conformance kit against {@link StatusPolicyPlugin} on a Javalin 7 app with a route of its
 * own outside the API, as an application would have it.
 */
class JavalinConformanceTest extends AdapterConformance {

  private static Javalin app;

  @BeforeAll
  static void start() {
    app = JavalinApps.start(config -> {
      config.registerPlugin(JavalinApps.conformancePlugin());
      config.routes.get("/", ctx -> ctx.result("the app's own page"));
    });
  }

  @AfterAll
  static void stop() {
    app.stop();
  }

  @Override
  protected URI baseUri() {
    return JavalinApps.uri(app);
  }

  /**
   * Jetty 12's, as measured for the servlet module: Servlet 6 cannot set a reason phrase, so
   * Jetty sends those of its own table; everything else is exact.
   */
  @Override
  protected ServerTraits traits() {
    return ServerTraits.JETTY_12;
  }
}
