package dev.statuspolicy.spring;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application started for a test, as a user starts it, on 127.0.0.1 and a free
 * port, with embedded Tomcat; closed after.
 */
final class RunningApp implements AutoCloseable {

  /**
   * Spring Security's auto-configurations (Boot 3.5; Boot ignores names absent from its class
   * path, as Boot 4 has them), left out of the applications that test the
   * starter without Security's filter chain; its classes stay on the class path.
   */
  static final String WITHOUT_SECURITY = "spring.autoconfigure.exclude="
      + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
      + "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
      + "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration";

  private final ConfigurableApplicationContext context;

  private RunningApp(ConfigurableApplicationContext context) {
    this.context = context;
  }

  /**
   * Starts the application.
   *
   * @param application its configuration class
   * @param properties further properties, such as {@code status-policy.max-target-length=512}
   * @return the running application
   */
  static RunningApp start(Class<?> application, String... properties) {
    List<String> arguments = new ArrayList<>(List.of(
        "--server.port=0",
        "--server.address=127.0.0.1",
        // the kit's long target is answered 414 by the policy, not 400 by Tomcat's head limit
        "--server.max-http-request-header-size=16KB",
        "--spring.main.banner-mode=off"));
    for (String property : properties) {
      arguments.add("--" + property);
    }
    return new RunningApp(SpringApplication.run(application, arguments.toArray(String[]::new)));
  }

  URI uri() {
    String port = context.getEnvironment().getProperty("local.server.port");
    return URI.create("http://127.0.0.1:" + port);
  }

  ConfigurableApplicationContext context() {
    return context;
  }

  @Override
  public void close() {
    context.close();
  }
}
