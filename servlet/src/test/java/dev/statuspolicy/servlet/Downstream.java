package dev.statuspolicy.servlet;

import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The application behind the filter: what a request the filter passes on reaches. */
final class Downstream extends GenericServlet {

  private static final long serialVersionUID = 1L;

  /** The body it answers with. */
  static final String BODY = "downstream";

  @Override
  public void service(ServletRequest request, ServletResponse response) throws IOException {
    HttpServletResponse http = (HttpServletResponse) response;
    http.setStatus(299);
    byte[] body = BODY.getBytes(StandardCharsets.US_ASCII);
    http.setContentLength(body.length);
    http.getOutputStream().write(body);
  }
}
