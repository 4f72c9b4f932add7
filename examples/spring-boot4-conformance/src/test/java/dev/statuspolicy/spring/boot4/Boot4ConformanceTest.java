package dev.statuspolicy.spring.boot4;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The conformance kit against the starter, the very jar built for Boot 3.5, in a Spring Boot 4.0
 * application on embedded Tomcat 11, set up as the starter's own conformance test sets it up.
 */
class Boot4ConformanceTest extends AdapterConformance {

  private static ConfigurableApplicationContext app;

  /** The conformance API's catalog, policy, backend and verdicts as beans. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {

    @Bean
    Catalog catalog() {
      return ConformanceApi.catalog();
    }

    @Bean
    StatusPolicy statusPolicy() {
      return ConformanceApi.policy();
    }

    @Bean
    Backend backend() {
      return ConformanceApi.backend();
    }

    @Bean
    HostFacts verdicts() {
      return (request, facts) ->
          ConformanceApi.verdicts(name -> Collections.list(request.getHeaders(name)), facts);
    }
  }

  @BeforeAll
  static void start() {
    app = SpringApplication.run(Application.class, "--server.port=0",
        "--server.address=127.0.0.1", "--server.max-http-request-header-size=16KB",
        "--spring.main.banner-mode=off");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Override
  protected URI baseUri() {
    return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port"));
  }

  @Override
  protected ServerTraits traits() {
    return ServerTraits.TOMCAT_11;
  }
}
