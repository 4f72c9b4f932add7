package dev.statuspolicy.host;

import java.io.IOException;

/**
 * Where {@link dev.statuspolicy.StatusPolicy#serve} writes a response: a thin layer over a server
 * framework's response object. An adapter implements it by copying each call through, and by
 * keeping the framework from adding to or rewriting what it is given.
 *
 * <p>The calls come in this order, once per request:
 *
 * <ol>
 *   <li>{@link #status}, once;
 *   <li>{@link #header}, once per header, in the order they are to be written. The names are
 *       the policy's spelling, and no name comes twice (so {@code add} and {@code set} are
 *       alike);
 *   <li>{@link #body}, once, last.
 * </ol>
 *
 * <p>or, for a 499, {@link #abort} alone.
 *
 * <p>{@code Content-Length} never comes through {@link #header}: it is the first argument of
 * {@link #body}, where -1 means that none is sent. The policy passes:
 *
 * <ul>
 *   <li>the body's length, for a response with a body;
 *   <li>for HEAD, the length GET would have sent when the backend knew it ({@link
 *       Content#length()}), else -1, with an empty body. The sink sends it as the header and
 *       nothing else;
 *   <li>-1 and an empty body for 304: the sink sends neither a body nor a {@code
 *       Content-Length}, not even {@code 0}.
 * </ul>
 *
 * <p>An {@link IOException} from the sink ends the call: it is thrown from {@code serve} (or
 * completes the stage of {@code serveAsync} exceptionally), since only the host can tell a
 * broken connection from other failures.
 */
public interface ResponseSink {

  /**
   * Sets the status.
   *
   * @param code the status code, such as 429
   * @param reason the reason phrase, such as {@code Too Many Requests}
   * @throws IOException if the response can no longer be written
   */
  void status(int code, String reason) throws IOException;

  /**
   * Adds one header, after those before it.
   *
   * @param name the field name, in the policy's spelling
   * @param value the value, never holding CR, LF or NUL
   * @throws IOException if the response can no longer be written
   */
  void header(String name, String value) throws IOException;

  /**
   * Sends {@code Content-Length} unless it is -1, then the body, and ends the response.
   *
   * @param contentLength the length to send as {@code Content-Length}, or -1 for none
   * @param bytes the body, empty for none (HEAD, 304); the sink must not change it
   * @throws IOException if the response can no longer be written
   */
  void body(long contentLength, byte[] bytes) throws IOException;

  /**
   * Ends the exchange without sending anything: the policy decided 499, the client is gone. The
   * sink closes the connection, or does whatever its framework does to send no response.
   *
   * @throws IOException if closing fails
   */
  void abort() throws IOException;
}
