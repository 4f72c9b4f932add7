package dev.statuspolicy.servlet;

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
import org.jspecify.annotations.Nullable;

/**
 * One raw HTTP/1.1 exchange over a socket, read to the end of the connection, so that the test
 * sees exactly the bytes the container sent.
 *
 * @param received every byte the server sent
 */
record Wire(byte[] received) {

  /** Long enough for any container; only a hang reaches it. */
  private static final int TIMEOUT_MILLIS = 20_000;

  static final String AGENT = "ServletAdapterTest/1.0 servlet@statuspolicy.dev";

  /** Sends {@code METHOD target} with an identifying User-Agent and the extra header lines. */
  static Wire exchange(URI server, String method, String target, String... headerLines)
      throws IOException {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: ").append(server.getAuthority()).append("\r\n")
        .append("User-Agent: ").append(AGENT).append("\r\n");
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
      // a reset instead of a response is also "nothing more was sent"
    }
    return all.toByteArray();
  }

  private int headEnd() {
    String text = new String(received, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new AssertionError("no complete response head in: " + text);
    }
    return end;
  }

  private List<String> lines() {
    return List.of(new String(received, 0, headEnd(), StandardCharsets.ISO_8859_1).split("\r\n"));
  }

  /** The status code. */
  int code() {
    return Integer.parseInt(lines().get(0).split(" ")[1]);
  }

  /** Every value of a header, the name matched ignoring case. */
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

  /** The first value of a header, or null. */
  @Nullable String first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The bytes after the head, as sent (not de-chunked). */
  byte[] body() {
    return Arrays.copyOfRange(received, headEnd() + 4, received.length);
  }

  @Override
  public String toString() {
    return new String(received, StandardCharsets.ISO_8859_1);
  }
}
