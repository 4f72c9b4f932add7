package dev.statuspolicy.javalin;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.testkit.ConformanceApi;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Collections;

/**
 * The adapter a Javalin user writes first, and the one the issue reports: GET and HEAD routes
 * under the base path that copy the policy's answer onto the {@code Context} with {@code
 * ctx.status()}, {@code ctx.header()} and {@code ctx.result()}, so that Javalin's normal path
 * writes it. Here only to show that the regression tests fail on it.
 */
final class NaiveJavalinAdapter {

  private NaiveJavalinAdapter() {}

  /** Adds the routes serving the conformance API to an app's configuration. */
  static void install(JavalinConfig config) {
    StatusPolicy policy = ConformanceApi.policy();
    Handler serve = ctx -> {
      RequestFacts.Builder facts = RequestFacts.builder()
          .method(ctx.method().name())
          .path(ctx.path())
          .query(ctx.queryString())
          .transport(Transport.HTTP)
          .headers(name -> Collections.list(ctx.req().getHeaders(name)));
      ConformanceApi.verdicts(name -> Collections.list(ctx.req().getHeaders(name)), facts);
      policy.serve(facts.build(), ConformanceApi.backend(), new ContextSink(ctx));
    };
    config.routes.get("/weatherapi/*", serve);
    config.routes.head("/weatherapi/*", serve);
  }

  /** Every call goes through the {@code Context}, as Javalin's documentation shows. */
  private static final class ContextSink implements ResponseSink {
    private final Context ctx;

    ContextSink(Context ctx) {
      this.ctx = ctx;
    }

    @Override
    public void status(int code, String reason) {
      ctx.status(code);
    }

    @Override
    public void header(String name, String value) {
      ctx.header(name, value);
    }

    @Override
    public void body(long contentLength, byte[] bytes) {
      ctx.result(bytes);
    }

    @Override
    public void abort() {
      ctx.status(499);
    }
  }
}
