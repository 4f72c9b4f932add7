package dev.statuspolicy.vertx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/** Raw HTTP/1.1 over a socket, so that the tests see exactly what the server wrote. */
final class Wire {

  /** The liveness bound: only a server that hangs makes a read wait this long. */
  static final int READ_TIMEOUT_MILLIS = 20_000;

  static final String AGENT = "VertxAdapterTest/1.0 test@statuspolicy.dev";

  private Wire() {}

  /** Sends one request with {@code Connection: close} and returns all that came back. */
  static String exchange(int port, String method, String target, String... headers)
      throws IOException {
    try (Socket socket = open(port)) {
      send(socket, method, target, headers);
      return readAll(socket.getInputStream());
    }
  }

  static Socket open(int port) throws IOException {
    Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(READ_TIMEOUT_MILLIS);
    return socket;
  }

  /** Writes the request head, with the test's {@code User-Agent} unless one is given. */
  static void send(Socket socket, String method, String target, String... headers)
      throws IOException {
    StringBuilder head = new StringBuilder()
        .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
        .append("Host: 127.0.0.1\r\n");
    boolean agent = false;
    for (String header : headers) {
      agent |= header.regionMatches(true, 0, "User-Agent:", 0, 11);
    }
    if (!agent) {
      head.append("User-Agent: ").append(AGENT).append("\r\n");
    }
    for (String header : headers) {
      head.append(header).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
  }

  static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketException reset) {
      // a reset instead of a response: keep what came
    }
    return all.toString(StandardCharsets.ISO_8859_1);
  }

  /** The status line of a response; empty when nothing came. */
  static String statusLine(String response) {
    int end = response.indexOf("\r\n");
    return end < 0 ? response : response.substring(0, end);
  }

  /** The body of a response, after the blank line. */
  static String body(String response) {
    int end = response.indexOf("\r\n\r\n");
    return end < 0 ? "" : response.substring(end + 4);
  }

  /** The value of a header in a response head, matched ignoring case; null when absent. */
  static String header(String response, String name) {
    int end = response.indexOf("\r\n\r\n");
    for (String line : (end < 0 ? response : response.substring(0, end)).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
        return line.substring(colon + 1).strip();
      }
    }
    return null;
  }
}
