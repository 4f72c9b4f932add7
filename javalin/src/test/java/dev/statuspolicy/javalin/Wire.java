package dev.statuspolicy.javalin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One raw HTTP/1.1 exchange, read to the end of the connection, so that a test sees the bytes
 * Javalin and Jetty sent and nothing a client library would have normalised.
 *
 * @param received every byte the server sent
 */
record Wire(byte[] received) {

  /** The identifying {@code User-Agent} every exchange sends. */
  static final String AGENT = "JavalinPluginTest/1.0 javalin@statuspolicy.dev";

  /** Only a hang reaches it. */
  private static final int TIMEOUT_MILLIS = 20_000;

  /** Sends {@code METHOD target} with {@link #AGENT} and the extra header lines. */
  static Wire exchange(URI server, String method, String target, String... headerLines)
      throws IOException {
    StringBuilder head = new StringBuilder(method).append(' ').append(target)
        .append(" HTTP/1.1\r\nHost: ").append(server.getAuthority())
        .append("\r\nUser-Agent: ").append(AGENT).append("\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), TIMEOUT_MILLIS);
      socket.setSoTimeout(TIMEOUT_MILLIS);
      socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      return new Wire(readAll(socket.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // a reset ends what was sent as surely as a close
    }
    return all.toByteArray();
  }

  private int headEnd() {
    int end = toString().indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete response head in: " + this);
    }
    return end;
  }

  private List<String> lines() {
    return List.of(toString().substring(0, headEnd()).split("\r\n"));
  }

  /** The status code. */
  int code() {
    return Integer.parseInt(lines().get(0).split(" ")[1]);
  }

  /** Every value of a header, its name matched ignoring case. */
  List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (String line : lines().subList(1, lines().size())) {
      int colon = line.indexOf(':');
      if (line.substring(0, colon).equalsIgnoreCase(name)) {
        values.add(line.substring(colon + 1).strip());
      }
    }
    return values;
  }

  /** The bytes after the head, as sent. */
  byte[] body() {
    return Arrays.copyOfRange(received, headEnd() + 4, received.length);
  }

  @Override
  public String toString() {
    return new String(received, StandardCharsets.ISO_8859_1);
  }
}
