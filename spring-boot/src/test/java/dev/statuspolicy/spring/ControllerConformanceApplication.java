package dev.statuspolicy.spring;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.testkit.ConformanceApi;
import java.time.ZoneOffset;
import java.util.Collections;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * The conformance API with a controller as its backend, as a Spring user writes one: data is
 * a {@link ResponseEntity} with its type and validators, every other outcome an {@link
 * OutcomeException}, and the kit's failures are thrown as they are. The controller asks the
 * kit's backend what to answer, so that the kit knows the answers.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ControllerConformanceApplication.Kit.class)
class ControllerConformanceApplication {

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
}
