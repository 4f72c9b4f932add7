package dev.statuspolicy.spring.boot4;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.spring.AdmittedRequest;
import dev.statuspolicy.spring.OutcomeException;
import dev.statuspolicy.testkit.AdapterConformance;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.Collections;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conformance kit against the starter on Boot 4 with a controller as the backend, through
 * Spring Framework 7's MVC: data as a {@link ResponseEntity} with its validators, every other
 * outcome an {@link OutcomeException}.
 */
class Boot4ControllerConformanceTest extends AdapterConformance {

  private static ConfigurableApplicationContext app;

  /** The conformance API's catalog, policy and verdicts as beans, and the controller. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(Kit.class)
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
    HostFacts verdicts() {
      return (request, facts) ->
          ConformanceApi.verdicts(name -> Collections.list(request.getHeaders(name)), facts);
    }
  }

  /** Answers what the kit's backend answers, as a Spring controller does. */
  @RestController
  static class Kit {

    @GetMapping("/weatherapi/**")
    ResponseEntity<byte[]> serve(
        @RequestAttribute(AdmittedRequest.ATTRIBUTE) Admission.Admitted admitted) throws Exception {
      Reply reply = ConformanceApi.backend().fetch(admitted);
      if (reply.outcome() instanceof Outcome.Data data
          && reply.content() instanceof Content.Bytes document) {
        Validators validators = data.validators();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(document.mediaType()));
        if (validators.etag() != null) {
          ok.eTag(validators.etag());
        }
        if (validators.lastModified() != null) {
          ok.lastModified(validators.lastModified());
        }
        if (validators.expires() != null) {
          ok.headers(headers -> headers.setExpires(validators.expires().atZone(ZoneOffset.UTC)));
        }
        return ok.body(document.bytes());
      }
      throw new OutcomeException(reply.outcome());
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
