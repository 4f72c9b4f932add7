package dev.statuspolicy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.statuspolicy.host.ResponseSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The demo on the JDK's {@code HttpServer}: each exchange is served through a {@link
 * ResponseSink} over it. The JDK server cannot send a reason phrase of its own choosing and
 * re-spells header names ({@code X-errorclass}); it is kept for {@code serve --server jdk}.
 */
final class JdkExchangeSink implements ResponseSink {

  private final HttpExchange exchange;
  private int status;

  private JdkExchangeSink(HttpExchange exchange) {
    this.exchange = exchange;
  }

  /**
   * Returns the handler that serves every exchange with the API.
   *
   * @param api what to serve
   * @return the handler
   */
  static HttpHandler handler(DemoApi api) {
    return exchange -> {
      try (exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        api.serve(exchange.getRequestMethod(),
            exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query),
            name -> exchange.getRequestHeaders().getOrDefault(name, List.of()),
            new JdkExchangeSink(exchange));
      }
    };
  }

  @Override
  public void status(int code, String reason) {
    status = code; // the JDK server picks the reason phrase itself
  }

  @Override
  public void header(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  @Override
  public void body(long contentLength, byte[] bytes) throws IOException {
    if (bytes.length > 0) {
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
      return;
    }
    // -1 is "no body" to the JDK server; it sets no length for HEAD or 304, so HEAD's is ours
    if (contentLength >= 0 && exchange.getRequestMethod().equals("HEAD")) {
      exchange.getResponseHeaders().set("Content-Length", Long.toString(contentLength));
    }
    exchange.sendResponseHeaders(status, -1);
  }

  @Override
  public void abort() {
    // closing an exchange whose headers were never sent closes the connection: nothing is sent
    exchange.close();
  }
}
