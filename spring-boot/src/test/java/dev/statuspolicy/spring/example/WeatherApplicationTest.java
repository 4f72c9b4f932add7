package dev.statuspolicy.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The README's example application, started as its {@code main} starts it, on a free port. */
class WeatherApplicationTest {

  @Test
  void theControllersDataIsServedWithThePolicysHeaders() throws Exception {
    try (ConfigurableApplicationContext app = SpringApplication.run(WeatherApplication.class,
        "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
        // Spring Security is on this module's test class path, not in the example's
        "--spring.autoconfigure.exclude="
            + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration")) {
      String port = app.getEnvironment().getProperty("local.server.port");
      URI uri = URI.create("http://127.0.0.1:" + port
          + "/weatherapi/forecast/1.0/compact?lat=59.9&lon=10.7");
      HttpRequest request = HttpRequest.newBuilder(uri)
          .header("User-Agent", "readme-example/1.0 ops@example.org").build();
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"air_temperature\":12.5}");
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    }
  }
}
