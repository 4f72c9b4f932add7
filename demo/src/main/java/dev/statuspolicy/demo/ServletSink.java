package dev.statuspolicy.demo;

import dev.statuspolicy.host.ResponseSink;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;

/**
 * The demo on Jakarta Servlet, as embedded Jetty runs it: a servlet that serves every request
 * through a {@link ResponseSink} over the servlet response.
 */
final class ServletSink implements ResponseSink {

  private final HttpServletRequest request;
  private final HttpServletResponse response;

  private ServletSink(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
  }

  /**
   * Returns the servlet that serves every request with the API.
   *
   * @param api what to serve
   * @return the servlet
   */
  static HttpServlet servlet(DemoApi api) {
    return new Servlet(api);
  }

  /** Takes every method, so that OPTIONS, TRACE and unknown ones reach the policy too. */
  private static final class Servlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient DemoApi api;

    Servlet(DemoApi api) {
      this.api = api;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      String query = request.getQueryString();
      api.serve(request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query),
          name -> Collections.list(request.getHeaders(name)), new ServletSink(request, response));
    }
  }

  @Override
  public void status(int code, String reason) {
    response.setStatus(code); // Servlet 6 has no reason phrase: Jetty sends the standard one
  }

  @Override
  public void header(String name, String value) {
    response.addHeader(name, value);
  }

  @Override
  public void body(long contentLength, byte[] bytes) throws IOException {
    if (contentLength >= 0) {
      response.setContentLengthLong(contentLength);
    }
    if (bytes.length > 0) {
      response.getOutputStream().write(bytes);
    } else if (contentLength < 0) {
      // committing now, with no length set, keeps Jetty from completing with Content-Length: 0
      response.flushBuffer();
    }
  }

  @Override
  public void abort() {
    // nothing may be sent: the Servlet API cannot drop a connection, so this uses Jetty's
    ServletContextRequest.getServletContextRequest(request).getConnectionMetaData().getConnection()
        .close();
  }
}
