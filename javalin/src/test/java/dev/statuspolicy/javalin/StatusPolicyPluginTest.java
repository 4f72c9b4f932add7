package dev.statuspolicy.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.servlet.ServletBackend;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawResponse;
import io.javalin.Javalin;
import io.javalin.plugin.PluginAlreadyRegisteredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.junit.jupiter.api.Test;

/** The plugin's own API and its place in a Javalin app, beyond what the kit checks. */
class StatusPolicyPluginTest {

  static final String DATA = JavalinRegressionTest.STABLE;

  /** A request header of the host's own, which only a {@link ServletBackend} can read. */
  static final String OUTCOME_HEADER = "X-Demo-Outcome";

  @Test
  void theBuildersRefuseNullNamingTheSetting() {
    StatusPolicy policy = ConformanceApi.policy();
    Backend backend = ConformanceApi.backend();
    assertThatThrownBy(() -> StatusPolicyPlugin.builder(null, backend))
        .isInstanceOf(NullPointerException.class).hasMessage("policy");
    assertThatThrownBy(() -> StatusPolicyPlugin.builder(policy, (Backend) null))
        .isInstanceOf(NullPointerException.class).hasMessage("backend");
    assertThatThrownBy(() -> StatusPolicyPlugin.builder(policy, (ServletBackend) null))
        .isInstanceOf(NullPointerException.class).hasMessage("backend");
    StatusPolicyPluginBuilder builder = StatusPolicyPlugin.builder(policy, backend);
    assertThatThrownBy(() -> builder.facts(null))
        .isInstanceOf(NullPointerException.class).hasMessage("facts");
    assertThatThrownBy(() -> builder.log(null))
        .isInstanceOf(NullPointerException.class).hasMessage("log");
  }

  @Test
  void requestsOutsideTheBasePathReachJavalinAsBefore() throws Exception {
    Javalin app = JavalinApps.start(config -> {
      config.registerPlugin(JavalinApps.conformancePlugin());
      config.routes.get("/", ctx -> ctx.result("the app's own page"));
    });
    try {
      RawResponse page = PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET", "/");
      assertThat(page.code()).isEqualTo(200);
      assertThat(new String(page.bodyAsSent(), StandardCharsets.UTF_8))
          .isEqualTo("the app's own page");
      RawResponse unrouted = PolicyAnswer.client(JavalinApps.uri(app))
          .exchange("GET", "/weatherapifoo");
      assertThat(unrouted.code()).as(unrouted.toString()).isEqualTo(404);
      assertThat(unrouted.values("X-ErrorClass")).as("Javalin's own 404").isEmpty();
    } finally {
      app.stop();
    }
  }

  @Test
  void javalinsBeforeAndAfterHandlersNeverSeeThePolicysRequests() throws Exception {
    List<String> handled = new CopyOnWriteArrayList<>();
    Javalin app = JavalinApps.start(config -> {
      config.registerPlugin(JavalinApps.conformancePlugin());
      config.routes.before(ctx -> handled.add("before " + ctx.path()));
      config.routes.after(ctx -> handled.add("after " + ctx.path()));
      config.routes.get("/", ctx -> ctx.result("page"));
    });
    try {
      RawResponse data = PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET", DATA);
      assertThat(data.code()).isEqualTo(PolicyAnswer.to("GET", DATA).code());
      RawResponse page = PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET", "/");
      assertThat(page.code()).isEqualTo(200);
      // the after handler of "/" ran before its response ended, so both entries are in
      assertThat(handled).containsExactly("before /", "after /");
    } finally {
      app.stop();
    }
  }

  @Test
  void thePluginComesBeforeAServletFilterInstalledEarlier() throws Exception {
    Javalin app = JavalinApps.start(config -> {
      config.jetty.modifyServletContextHandler(context -> context.addFilter(
          (request, response, chain) -> ((HttpServletResponse) response).setStatus(418),
          "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.registerPlugin(JavalinApps.conformancePlugin());
    });
    try {
      assertThat(PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET", DATA).code())
          .isEqualTo(PolicyAnswer.to("GET", DATA).code());
      assertThat(PolicyAnswer.client(JavalinApps.uri(app))
          .exchange("GET", "/elsewhere").code()).isEqualTo(418);
    } finally {
      app.stop();
    }
  }

  @Test
  void theBasePathIsReadAfterJavalinsContextPath() throws Exception {
    Javalin app = JavalinApps.start(config -> {
      config.router.contextPath = "/app";
      config.registerPlugin(JavalinApps.conformancePlugin());
    });
    try {
      RawResponse wire = PolicyAnswer.client(JavalinApps.uri(app)).exchange("GET", "/app" + DATA);
      assertThat(wire.code()).as(wire.toString()).isEqualTo(PolicyAnswer.to("GET", DATA).code())
          .isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  @Test
  void aServletBackendReadsAHeaderOfTheHostsOwn() throws Exception {
    ServletBackend backend = (admitted, request) ->
        "failed".equals(request.getHeader(OUTCOME_HEADER))
            ? Reply.of(Outcome.backendFailed()) : ConformanceApi.backend().fetch(admitted);
    Javalin app = JavalinApps.start(config -> config.registerPlugin(
        StatusPolicyPlugin.builder(ConformanceApi.policy(), backend)
            .facts(JavalinApps.VERDICTS)
            .build()));
    try {
      assertThat(PolicyAnswer.client(JavalinApps.uri(app))
          .exchange("GET", DATA, OUTCOME_HEADER + ": failed")
          .code()).isEqualTo(502);
      assertThat(PolicyAnswer.client(JavalinApps.uri(app))
          .exchange("GET", DATA).code()).isEqualTo(200);
    } finally {
      app.stop();
    }
  }

  @Test
  void theHostsFactsAndLogSeeEachRequest() throws Exception {
    List<Served> log = new CopyOnWriteArrayList<>();
    HostFacts facts = (request, built) -> {
      JavalinApps.VERDICTS.addTo(request, built);
      built.requestId(request.getHeader("X-Request-Id"));
    };
    Javalin app = JavalinApps.start(config -> config.registerPlugin(
        StatusPolicyPlugin.builder(ConformanceApi.policy(), ConformanceApi.backend())
            .facts(facts)
            .log(log::add)
            .build()));
    try {
      RawResponse wire = PolicyAnswer.client(JavalinApps.uri(app))
          .exchange("GET", DATA, "X-Request-Id: plugin-7");
      awaitOne(log);
      assertThat(log.get(0).decision().status().code()).isEqualTo(wire.code());
      assertThat(log.get(0).facts().requestId()).isEqualTo("plugin-7");
    } finally {
      app.stop();
    }
  }

  @Test
  void jettysRequestHeadLimitMakesRoomForThePolicysLongestTarget() {
    StatusPolicy policy = StatusPolicy.builder().catalog(ConformanceApi.catalog())
        .maxTargetLength(20_000).build();
    assertThat(requestHeadLimit(config -> config.registerPlugin(
        StatusPolicyPlugin.builder(policy, ConformanceApi.backend()).build())))
        .isEqualTo(20_000 + StatusPolicyPlugin.HEADER_FIELDS_BYTES);
  }

  @Test
  void aLargerRequestHeadLimitOfTheUsersIsKept() {
    assertThat(requestHeadLimit(config -> {
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(100_000));
      config.registerPlugin(JavalinApps.conformancePlugin());
    })).isEqualTo(100_000);
  }

  @Test
  void javalinRefusesASecondPlugin() {
    assertThatThrownBy(() -> Javalin.create(config -> {
      config.registerPlugin(JavalinApps.conformancePlugin());
      config.registerPlugin(JavalinApps.conformancePlugin());
    })).isInstanceOf(PluginAlreadyRegisteredException.class);
  }

  private static int requestHeadLimit(Consumer<io.javalin.config.JavalinConfig> config) {
    Javalin app = JavalinApps.start(config);
    try {
      return app.jettyServer().server().getConnectors()[0]
          .getConnectionFactory(HttpConnectionFactory.class)
          .getHttpConfiguration().getRequestHeaderSize();
    } finally {
      app.stop();
    }
  }

  /** The log is told after the response is complete, so the client may have read it first. */
  private static void awaitOne(List<Served> log) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (log.isEmpty() && System.nanoTime() < giveUp) {
      Thread.sleep(5);
    }
    assertThat(log).hasSize(1);
  }
}
