package dev.statuspolicy.spring;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.testkit.ConformanceApi;
import java.util.Collections;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The conformance API served by the starter, as a user would set it up: the catalog, the
 * policy (the kit's, whose clock stands still), the backend and the host's verdicts as beans.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class ConformanceApplication {

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
