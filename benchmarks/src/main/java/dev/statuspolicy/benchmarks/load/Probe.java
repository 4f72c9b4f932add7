package dev.statuspolicy.benchmarks.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends one scenario's request over a plain socket and reads the answer exactly as sent: the
 * status, the header fields in order with their names as written, and the body by its {@code
 * Content-Length}. The baselines are recorded from it, and checked with it.
 */
final class Probe {

  private static final int TIMEOUT_MILLIS = 10_000;

  private Probe() {}

  /**
   * Asks a server.
   *
   * @param port the server's loopback port
   * @param scenario the request to send
   * @return the answer, without the fields the server writes itself ({@link Answer#SERVERS_OWN})
   * @throws IOException if the exchange fails or the answer is not HTTP/1.1 with a length
   */
  static Answer ask(int port, Scenario scenario) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(TIMEOUT_MILLIS);
      StringBuilder request = new StringBuilder("GET ").append(scenario.target())
          .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(port).append("\r\n");
      for (Map.Entry<String, String> header : scenario.headers().entrySet()) {
        request.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
      }
      request.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return read(socket.getInputStream());
    }
  }

  private static Answer read(InputStream in) throws IOException {
    String statusLine = line(in);
    if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
      throw new IOException("not an HTTP/1.1 status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    int length = 0;
    for (String line = line(in); !line.isEmpty(); line = line(in)) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1).strip();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("content-length")) {
        length = Integer.parseInt(value);
      } else if (lower.equals("transfer-encoding")) {
        throw new IOException("the answer was sent in chunks, without a Content-Length");
      }
      if (!Answer.SERVERS_OWN.contains(lower)) {
        headers.add(Map.entry(name, value));
      }
    }
    byte[] body = in.readNBytes(status == 304 ? 0 : length);
    if (body.length != (status == 304 ? 0 : length)) {
      throw new IOException("the body ended after " + body.length + " of " + length + " bytes");
    }
    return new Answer(status, List.copyOf(headers), body);
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new IOException("the connection closed inside the head");
      }
      if (b != '\r') {
        line.write(b);
      }
    }
    return line.toString(StandardCharsets.ISO_8859_1);
  }
}
