package dev.statuspolicy.servlet;

import dev.statuspolicy.host.ResponseSink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The policy's {@link ResponseSink} over a servlet response, written so that neither Jetty 12 nor
 * Tomcat 11 adds to the answer:
 *
 * <ul>
 *   <li>a response without {@code Content-Length} (a 304, a HEAD whose length is unknown) is
 *       committed by {@link HttpServletResponse#flushBuffer()} before it ends, because a
 *       container that sees a response end uncommitted sends the bytes it counted, {@code
 *       Content-Length: 0}; HEAD and 304 carry no body, so committing adds no chunked framing;
 *   <li>a length is set before any byte is written, so the body is never chunked;
 *   <li>each header replaces any of the same name that an earlier filter set; headers of other
 *       names that earlier filters set are left as they are;
 *   <li>{@code Content-Type} goes through {@link HttpServletResponse#setContentType}, which
 *       both containers take as given when it carries no charset or its charset is spelled
 *       {@code ;charset=}, as the policy's is;
 *   <li>the reason phrase cannot be set in Servlet 6 and is dropped;
 *   <li>an abort is left to the {@link ExchangeAbort} of the container.
 * </ul>
 */
final class ServletResponseSink implements ResponseSink {

  private final HttpServletRequest request;
  private final HttpServletResponse response;

  ServletResponseSink(HttpServletRequest request, HttpServletResponse response) {
    this.request = request;
    this.response = response;
  }

  @Override
  public void status(int code, String reason) {
    response.setStatus(code);
  }

  @Override
  public void header(String name, String value) {
    if (name.equalsIgnoreCase("Content-Type")) {
      response.setContentType(value);
    } else {
      // set, not add: the policy sends each name once, and a value an earlier filter gave the
      // same name must not go out beside the policy's
      response.setHeader(name, value);
    }
  }

  @Override
  public void body(long contentLength, byte[] bytes) throws IOException {
    if (contentLength >= 0) {
      response.setContentLengthLong(contentLength);
    }
    if (bytes.length > 0) {
      response.getOutputStream().write(bytes);
    }
    response.flushBuffer();
  }

  @Override
  public void abort() throws IOException {
    ExchangeAbort.of(request).abort(request, response);
  }
}
