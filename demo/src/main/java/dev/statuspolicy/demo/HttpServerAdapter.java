package dev.statuspolicy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.statuspolicy.decision.Header;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/** The adapter for the JDK's {@code HttpServer}: strings in, the answer out. */
final class HttpServerAdapter implements HttpHandler {

  private final WeatherApi api;
  private final Consumer<String> log;

  HttpServerAdapter(WeatherApi api, Consumer<String> log) {
    this.api = api;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String query = exchange.getRequestURI().getRawQuery();
      Answer answer = api.answer(exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
          name -> exchange.getRequestHeaders().getOrDefault(name, List.of()));
      log.accept(answer.logLine());
      if (!answer.decision().sendsResponse()) {
        return; // 499 is for the logs: the client is gone, so nothing is sent
      }
      for (Header header : answer.headers()) {
        exchange.getResponseHeaders().add(header.name(), header.value());
      }
      byte[] body = answer.body();
      exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
