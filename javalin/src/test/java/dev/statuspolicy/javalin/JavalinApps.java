package dev.statuspolicy.javalin;

import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.testkit.ConformanceApi;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.util.Collections;
import java.util.function.Consumer;

/** Javalin apps for the tests, each on 127.0.0.1 and a free port. */
final class JavalinApps {

  private JavalinApps() {}

  /** The conformance API's verdicts, read from the servlet request as a host would. */
  static final HostFacts VERDICTS = (request, facts) ->
      ConformanceApi.verdicts(name -> Collections.list(request.getHeaders(name)), facts);

  /** The plugin set up to serve the conformance API, as a host would set it up. */
  static StatusPolicyPlugin conformancePlugin() {
    return StatusPolicyPlugin.builder(ConformanceApi.policy(), ConformanceApi.backend())
        .facts(VERDICTS)
        .build();
  }

  /** Starts an app configured by {@code config}, without Javalin's banner and start-up chatter. */
  static Javalin start(Consumer<JavalinConfig> config) {
    return Javalin.create(javalin -> {
      javalin.startup.showJavalinBanner = false;
      javalin.startup.showOldJavalinVersionWarning = false;
      javalin.startup.startupWatcherEnabled = false;
      config.accept(javalin);
    }).start("127.0.0.1", 0);
  }

  static URI uri(Javalin app) {
    return URI.create("http://127.0.0.1:" + app.port());
  }
}
