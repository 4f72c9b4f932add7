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
import java.util.ArrayList;
import java.util.List;

/**
 * A deliberately small HTTP/1.1 client over a plain socket. It sends the request exactly as
 * written (any method, any target bytes, header names spelled as given) with {@code Connection:
 * close}, and reads the response exactly as sent, so that nothing between the suite and the
 * server normalises either side. A response is read to the end of the connection; a HEAD or 304
 * response has no body whatever its headers say.
 */
final class RawHttp {

  /** How long a server may take to answer before the check fails; only a hang reaches it. */
  private static final int READ_TIMEOUT_MILLIS = 20_000;

  private RawHttp() {}

  /** One request to send. */
  record Request(String method, String target, List<WireResponse.Field> headers) {

    byte[] bytes(String authority) {
      StringBuilder head = new StringBuilder(256 + target.length())
          .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: ").append(authority).append("\r\n");
      for (WireResponse.Field field : headers) {
        head.append(field.name()).append(": ").append(field.value()).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  static WireResponse exchange(URI base, Request request) throws IOException {
    int port = base.getPort() == -1 ? 80 : base.getPort();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), port), READ_TIMEOUT_MILLIS);
      socket.setSoTimeout(READ_TIMEOUT_MILLIS);
      OutputStream out = socket.getOutputStream();
      out.write(request.bytes(base.getHost() + ":" + port));
      out.flush();
      byte[] received = readAll(socket.getInputStream());
      if (received.length == 0) {
        return WireResponse.nothing();
      }
      return parse(received, request.method().equals("HEAD"));
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
      // a reset after the response, or instead of one (an aborted exchange): keep what came
    }
    return all.toByteArray();
  }

  static WireResponse parse(byte[] received, boolean head) throws IOException {
    int end = indexOf(received, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (end < 0) {
      throw new IOException("the response has no complete head: "
          + new String(received, StandardCharsets.ISO_8859_1));
    }
    String[] lines = new String(received, 0, end, StandardCharsets.ISO_8859_1).split("\r\n", -1);
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + lines[0]);
    }
    int code = Integer.parseInt(status[1]);
    String reason = status.length == 3 ? status[2] : "";
    List<WireResponse.Field> fields = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IOException("a malformed header line: " + lines[i]);
      }
      fields.add(new WireResponse.Field(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
    }
    byte[] rest = java.util.Arrays.copyOfRange(received, end + 4, received.length);
    boolean chunked = false;
    for (WireResponse.Field field : fields) {
      chunked |= field.name().equalsIgnoreCase("Transfer-Encoding")
          && field.value().toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }
    byte[] body = head || code == 304 || code == 204 ? rest : chunked ? dechunk(rest) : rest;
    return new WireResponse(code, reason, List.copyOf(fields), body, chunked);
  }

  private static byte[] dechunk(byte[] data) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    int at = 0;
    while (true) {
      int lineEnd = indexOf(data, at, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
      if (lineEnd < 0) {
        throw new IOException("a chunked body ends without its last chunk");
      }
      String sizeLine = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = sizeLine.indexOf(';');
      int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
      at = lineEnd + 2;
      if (size == 0) {
        return body.toByteArray();
      }
      body.write(data, at, size);
      at += size + 2;
    }
  }

  private static int indexOf(byte[] data, byte[] pattern) {
    return indexOf(data, 0, pattern);
  }

  private static int indexOf(byte[] data, int from, byte[] pattern) {
    outer:
    for (int i = from; i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
