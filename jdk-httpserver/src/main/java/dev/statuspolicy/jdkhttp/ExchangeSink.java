package dev.statuspolicy.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import dev.statuspolicy.host.ResponseSink;
import java.io.IOException;

/**
 * Writes the policy's response through an {@link HttpExchange}, working around what {@code
 * sendResponseHeaders} does on its own (JDK 17's {@code sun.net.httpserver.ExchangeImpl}):
 *
 * <ul>
 *   <li>for HEAD, and for 304, it never sends {@code Content-Length} itself and wants -1; so a
 *       HEAD's length goes in as an ordinary header;
 *   <li>a length of 0 means chunked encoding, and -1 means {@code Content-Length: 0}; so an
 *       empty body is sent as -1, and chunks are used only for a body whose length the policy
 *       says not to send.
 * </ul>
 */
final class ExchangeSink implements ResponseSink {

  private final HttpExchange exchange;
  private int code = -1;
  private boolean aborted;

  ExchangeSink(HttpExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public void status(int code, String reason) {
    // the JDK writes its own reason phrase, and none for codes it does not know (422, 429)
    this.code = code;
  }

  @Override
  public void header(String name, String value) {
    exchange.getResponseHeaders().add(name, value);
  }

  @Override
  public void body(long contentLength, byte[] bytes) throws IOException {
    if (!carriesBody()) {
      if (contentLength >= 0 && code != 304 && code != 204) {
        exchange.getResponseHeaders().set("Content-Length", Long.toString(contentLength));
      }
      exchange.sendResponseHeaders(code, -1);
      exchange.close();
      return;
    }
    if (contentLength >= 0 && contentLength != bytes.length) {
      throw new IllegalArgumentException("contentLength " + contentLength
          + " differs from the body's " + bytes.length + " bytes");
    }
    exchange.sendResponseHeaders(code, contentLength < 0 ? 0 : bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    // ends the exchange as HttpExchange asks: request body drained, response stream closed
    exchange.close();
  }

  /**
   * Closes the connection before anything is written: the JDK then has no response to send.
   * {@link StatusPolicyHandler} goes on to end the exchange with an exception, which is how the
   * JDK's server learns to forget the connection.
   */
  @Override
  public void abort() {
    aborted = true;
    exchange.close();
  }

  /** Returns whether the response ended in {@link #abort()}. */
  boolean aborted() {
    return aborted;
  }

  /** The JDK's own test: HEAD by its exact name, and the statuses that have no body. */
  private boolean carriesBody() {
    return !"HEAD".equals(exchange.getRequestMethod())
        && code != 304 && code != 204 && (code < 100 || code >= 200);
  }
}
