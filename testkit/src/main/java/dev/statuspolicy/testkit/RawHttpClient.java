package dev.statuspolicy.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A deliberately small HTTP/1.1 client over a plain socket, for tests that must see what a server
 * really sent. It writes the request exactly as given (any method, any target bytes, header lines
 * spelled as written, nothing checked or encoded) and reads the response exactly as sent, so
 * that nothing between the test and the server normalises either side. Because it sends what it
 * is given, a header line with a CR or LF in it is sent as such: build header lines from trusted
 * test values only.
 *
 * <p>{@link #exchange} sends one request with {@code Connection: close} and reads the response
 * to the end of the connection. For keep-alive or abort tests, {@link #open()} a socket,
 * {@link #send} on it, and read with {@link #readResponse} (one response, framed by its
 * headers) or {@link #readToClose} (everything until the server closes).
 *
 * <pre>{@code
 * RawResponse response = RawHttpClient.to(URI.create("http://127.0.0.1:" + port))
 *     .withUserAgent("MyAdapterTest/1.0 team@example.com")
 *     .exchange("GET", "/weatherapi/x/1.0/data?lat=60&lon=10", "Accept: application/json");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each exchange uses its own connection.
 */
public final class RawHttpClient {

  /** How long a connect or a read may wait; only a server that hangs makes it wait this long. */
  public static final int TIMEOUT_MILLIS = 20_000;

  private final String host;
  private final int port;
  private final String hostHeader;
  private final @Nullable String userAgent;

  private RawHttpClient(String host, int port, String hostHeader, @Nullable String userAgent) {
    this.host = host;
    this.port = port;
    this.hostHeader = hostHeader;
    this.userAgent = userAgent;
  }

  /**
   * Returns a client of the server at {@code server}'s host and port (80 when it has none),
   * sending that {@code host:port} as the {@code Host} header and no {@code User-Agent}. Only the
   * host and port of the URI are used; a request's target is given with each request.
   *
   * @param server the server, such as {@code http://127.0.0.1:8080/}
   * @return the client
   * @throws IllegalArgumentException when the URI has no host
   */
  public static RawHttpClient to(URI server) {
    String host = server.getHost();
    if (host == null) {
      throw new IllegalArgumentException("the server URI has no host: " + server);
    }
    int port = server.getPort() == -1 ? 80 : server.getPort();
    return new RawHttpClient(host, port, host + ":" + port, null);
  }

  /**
   * Returns a client that sends {@code value} as the {@code Host} header instead.
   *
   * @param value the header's value, such as {@code 127.0.0.1}
   * @return the new client
   */
  public RawHttpClient withHost(String value) {
    return new RawHttpClient(host, port, Objects.requireNonNull(value, "value"), userAgent);
  }

  /**
   * Returns a client that sends {@code User-Agent: agent} after the {@code Host} header on every
   * request whose header lines carry no {@code User-Agent} of their own.
   *
   * @param agent the identifying agent
   * @return the new client
   */
  public RawHttpClient withUserAgent(String agent) {
    return new RawHttpClient(host, port, hostHeader, Objects.requireNonNull(agent, "agent"));
  }

  /**
   * Sends one request with {@code Connection: close} after the given header lines, and reads
   * the response to the end of the connection (a reset counts as the end).
   *
   * @param method the method, sent as given
   * @param target the request target, sent as given (origin or absolute form)
   * @param headerLines whole header lines without their line end, such as {@code Accept: text/plain}
   * @return the response; {@linkplain RawResponse#sentNothing() nothing} when the server closed
   *     without a byte
   * @throws IOException when the server cannot be reached, or sent an incomplete head
   */
  public RawResponse exchange(String method, String target, String... headerLines)
      throws IOException {
    String[] lines = new String[headerLines.length + 1];
    System.arraycopy(headerLines, 0, lines, 0, headerLines.length);
    lines[headerLines.length] = "Connection: close";
    try (Socket socket = open()) {
      send(socket, method, target, lines);
      return readToClose(socket.getInputStream(), method);
    }
  }

  /**
   * Opens a connection to the server, with {@link #TIMEOUT_MILLIS} as its read timeout.
   *
   * @return the connected socket, for the caller to close
   * @throws IOException when the server cannot be reached
   */
  public Socket open() throws IOException {
    Socket socket = new Socket();
    try {
      socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      return socket;
    } catch (IOException unreachable) {
      socket.close();
      throw unreachable;
    }
  }

  /**
   * Writes one request head on an open connection: the request line, {@code Host}, the
   * {@code User-Agent} if {@linkplain #withUserAgent set} and not among the lines, the header
   * lines as given, and the blank line. No {@code Connection} header is added, so that the
   * connection stays open unless a line asks otherwise.
   *
   * @param socket an open connection, such as one from {@link #open()}
   * @param method the method, sent as given
   * @param target the request target, sent as given
   * @param headerLines whole header lines without their line end
   * @throws IOException when the connection fails
   */
  public void send(Socket socket, String method, String target, String... headerLines)
      throws IOException {
    StringBuilder head = new StringBuilder(256 + target.length())
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(hostHeader).append("\r\n");
    if (userAgent != null && !carriesUserAgent(headerLines)) {
      head.append("User-Agent: ").append(userAgent).append("\r\n");
    }
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    head.append("\r\n");
    OutputStream out = socket.getOutputStream();
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  private static boolean carriesUserAgent(String... headerLines) {
    for (String line : headerLines) {
      if (line.regionMatches(true, 0, "User-Agent:", 0, "User-Agent:".length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads everything until the server closes the connection (or resets it) and parses it as
   * one response.
   *
   * @param in the connection's input
   * @param method the request's method; a HEAD response has no body
   * @return the response
   * @throws IOException when reading fails, or bytes came but not a complete head
   */
  public static RawResponse readToClose(InputStream in, String method) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // a reset after the response, or instead of one (an aborted exchange): keep what came
    }
    return RawResponse.parse(all.toByteArray(), method);
  }

  /**
   * Reads exactly one response from a connection that may stay open: the head, then the body
   * its headers frame (a {@code Content-Length}, or chunks up to the last one), or none for a
   * HEAD request, a 1xx, 204 or 304, or a response that declares neither. The stream is left
   * at the start of the next response, so {@code in} should be buffered and reused.
   *
   * @param in the connection's input
   * @param method the request's method; a HEAD response has no body
   * @return the response; {@linkplain RawResponse#sentNothing() nothing} when the stream ended
   *     before the head began
   * @throws IOException when reading fails, or the stream ended inside the response
   */
  public static RawResponse readResponse(InputStream in, String method) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (bytes.size() == 0) {
          return RawResponse.parse(new byte[0], method);
        }
        throw new IOException("the connection ended inside a response head");
      }
      bytes.write(b);
      matched = b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : b == '\r' ? 1 : 0;
    }
    RawResponse head = RawResponse.parse(bytes.toByteArray(), method);
    String length = head.first("Content-Length");
    boolean bodiless = method.equals("HEAD") || head.code() / 100 == 1 || head.code() == 204
        || head.code() == 304;
    if (bodiless) {
      return head;
    }
    if (head.chunked()) {
      readChunks(in, bytes);
    } else if (length != null) {
      bytes.write(readExactly(in, Integer.parseInt(length.strip())));
    }
    return RawResponse.parse(bytes.toByteArray(), method);
  }

  private static void readChunks(InputStream in, ByteArrayOutputStream bytes) throws IOException {
    while (true) {
      String sizeLine = readLine(in, bytes);
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
      if (size == 0) {
        // trailer fields, if any, up to the blank line
        while (!readLine(in, bytes).isEmpty()) {
          continue;
        }
        return;
      }
      bytes.write(readExactly(in, size + 2));
    }
  }

  /** Reads a line up to its LF, copying it to {@code bytes}; returns it without the CRLF. */
  private static String readLine(InputStream in, ByteArrayOutputStream bytes) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection ended inside a chunked body");
      }
      bytes.write(b);
      line.append((char) b);
    }
    bytes.write('\n');
    return line.toString().strip();
  }

  private static byte[] readExactly(InputStream in, int count) throws IOException {
    byte[] read = in.readNBytes(count);
    if (read.length < count) {
      throw new IOException("the connection ended inside a response body");
    }
    return read;
  }
}
