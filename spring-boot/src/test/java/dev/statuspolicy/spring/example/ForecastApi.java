package dev.statuspolicy.spring.example;

import static dev.statuspolicy.catalog.ParameterSpec.latitude;
import static dev.statuspolicy.catalog.ParameterSpec.longitude;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The README's adoption code: the catalog as a bean, and an ordinary controller. */
// README begin
@RestController
class ForecastApi {
  @Bean
  Catalog catalog() {
    return Catalog.of(Product.builder("forecast").version(ProductVersion.of("1.0",
        Lifecycle.stable(), Endpoint.of("compact", latitude(), longitude()))).build());
  }

  @GetMapping("/weatherapi/forecast/1.0/compact")
  Map<String, Double> compact(@RequestParam double lat, @RequestParam double lon) {
    return Map.of("air_temperature", 12.5);
  }
}
// README end
