package dev.statuspolicy.spring;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An application without a backend bean: its controllers are the backend, one endpoint per way
 * a controller can end.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ControllerApplication.Forecasts.class)
class ControllerApplication {

  /** When every tagged document last changed: an hour before the test runs. */
  static final Instant CHANGED = 
      Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);

  /** The entity tag of the tagged document. */
  static final String ETAG = "\"forecast-7\"";

  @Bean
  Catalog catalog() {
    String[] names = {"data", "tagged", "nodata", "unavailable", "timeout", "throws", "teapot"};
    Endpoint[] endpoints = new Endpoint[names.length];
    for (int i = 0; i < names.length; i++) {
      endpoints[i] = Endpoint.of(names[i], ParameterSpec.latitude(), ParameterSpec.longitude());
    }
    return Catalog.of(Product.builder("forecast")
        .version(ProductVersion.of("1.0", Lifecycle.stable(), endpoints))
        .build());
  }

  @RestController
  @RequestMapping("/weatherapi/forecast/1.0")
  static class Forecasts {

    /** Data, with a status and a header of the controller's own, which must not reach the wire. */
    @GetMapping("/data")
    Map<String, Double> data(HttpServletResponse response) {
      response.setStatus(201);
      response.setHeader("X-Controller", "leaked");
      return Map.of("air_temperature", 12.5);
    }

    /** Data with validators, as Spring users set them; Spring would itself answer 304 to them. */
    @GetMapping("/tagged")
    ResponseEntity<String> tagged() {
      return ResponseEntity.ok().eTag(ETAG).lastModified(CHANGED)
          .header("Content-Type", "application/json").body("{\"air_temperature\":3.5}");
    }

    @GetMapping("/nodata")
    String nodata() {
      throw OutcomeException.noData();
    }

    @GetMapping("/unavailable")
    String unavailable() {
      throw OutcomeException.unavailable(Duration.ofSeconds(90));
    }

    @GetMapping("/timeout")
    String timeout() throws TimeoutException {
      throw new TimeoutException("controller-secret: timed out");
    }

    @GetMapping("/throws")
    String fails() {
      throw new IllegalStateException("controller-secret: thrown");
    }

    /** An error Spring answers itself, with sendError: the policy makes it a 500. */
    @GetMapping("/teapot")
    String teapot() {
      throw new ResponseStatusException(HttpStatus.I_AM_A_TEAPOT, "controller-secret: teapot");
    }
  }
}
