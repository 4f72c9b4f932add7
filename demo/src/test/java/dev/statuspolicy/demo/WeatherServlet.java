package dev.statuspolicy.demo;

import dev.statuspolicy.decision.Header;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/** The adapter for Jakarta Servlet: strings in, the answer out. An example, run in tests only. */
final class WeatherServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private final transient WeatherApi api;
  private final transient Consumer<String> log;

  WeatherServlet(WeatherApi api, Consumer<String> log) {
    this.api = api;
    this.log = log;
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String query = request.getQueryString();
    Answer answer = api.answer(request.getMethod(),
        request.getRequestURI() + (query == null ? "" : "?" + query),
        name -> Collections.list(request.getHeaders(name)));
    log.accept(answer.logLine());
    if (!answer.decision().sendsResponse()) {
      // 499 is for the logs. The Servlet API cannot drop a connection, so this uses Jetty's.
      ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection().close();
      return;
    }
    response.setStatus(answer.status());
    for (Header header : answer.headers()) {
      response.addHeader(header.name(), header.value());
    }
    byte[] body = answer.body();
    if (body.length > 0) {
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
    }
  }
}
