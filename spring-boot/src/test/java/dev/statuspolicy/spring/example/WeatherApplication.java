package dev.statuspolicy.spring.example;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.spring.OutcomeException;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The README's example: a weather API whose whole adoption of the starter is a {@link Catalog}
 * bean and an ordinary controller. Run it with {@code main}; the policy answers everything under
 * {@code /weatherapi}, and the controller is only called for admitted requests.
 */
// README begin
@SpringBootApplication
@RestController
public class WeatherApplication {
  public static void main(String[] args) {
    SpringApplication.run(WeatherApplication.class, args);
  }

  @Bean
  Catalog catalog() {
    Endpoint compact = Endpoint.of("compact", ParameterSpec.latitude(), ParameterSpec.longitude());
    return Catalog.of(Product.builder("forecast")
        .version(ProductVersion.of("1.0", Lifecycle.stable(), compact)).build());
  }

  @GetMapping("/weatherapi/forecast/1.0/compact")
  Map<String, Double> compact(@RequestParam double lat, @RequestParam double lon) {
    if (lat > 80) {
      throw OutcomeException.noData();
    }
    return Map.of("air_temperature", 12.5);
  }
}
// README end
