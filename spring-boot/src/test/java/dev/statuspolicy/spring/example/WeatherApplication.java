package dev.statuspolicy.spring.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The README's example application: an ordinary Spring Boot application that adds the starter
 * and {@link ForecastApi}. Run it with {@code main}; the policy answers everything under {@code
 * /weatherapi}, calling the controller only for the requests it admits.
 */
@SpringBootApplication
public class WeatherApplication {

  /**
   * Starts the application on port 8080.
   *
   * @param args Spring Boot's arguments, such as {@code --server.port=9000}
   */
  public static void main(String[] args) {
    SpringApplication.run(WeatherApplication.class, args);
  }
}
