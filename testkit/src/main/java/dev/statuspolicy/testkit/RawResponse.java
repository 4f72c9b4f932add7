package dev.statuspolicy.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A response as it came off the wire: the status line, the header fields in order and spelled as
 * sent, the body both as sent and after transfer decoding, and every byte received. A response
 * of a server that sent no byte at all {@linkplain #sentNothing() says so}. Read one with
 * {@link RawHttpClient}, or {@linkplain #parse(byte[], String) parse} bytes read elsewhere.
 */
public final class RawResponse {

  private static final byte[] BLANK_LINE = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final byte[] LINE_END = "\r\n".getBytes(StandardCharsets.ISO_8859_1);

  private final byte[] received;
  private final String head;
  private final int code;
  private final String reason;
  private final List<Field> headers;
  private final byte[] bodyAsSent;
  private final byte[] body;
  private final boolean chunked;
  private final boolean truncated;

  /**
   * One header field as received: the name spelled as the server spelled it, the value without
   * the whitespace around it.
   *
   * @param name the field name, as spelled on the wire
   * @param value the field value, stripped
   */
  public record Field(String name, String value) {

    /** Returns the field as a header line, {@code name: value}. */
    @Override
    public String toString() {
      return name + ": " + value;
    }
  }

  private RawResponse(byte[] received, String head, int code, String reason, List<Field> headers,
      byte[] bodyAsSent, byte[] body, boolean chunked, boolean truncated) {
    this.received = received;
    this.head = head;
    this.code = code;
    this.reason = reason;
    this.headers = headers;
    this.bodyAsSent = bodyAsSent;
    this.body = body;
    this.chunked = chunked;
    this.truncated = truncated;
  }

  /**
   * Parses every byte a server sent in answer to one request. No byte at all is the response of
   * a server that {@linkplain #sentNothing() sent nothing}. The body is what follows the head: a
   * HEAD request's response and a 204 or 304 have none to decode whatever their headers say, a
   * chunked one is de-chunked, any other is taken as it came (to the end of what was received).
   *
   * @param received the bytes, from the status line on
   * @param method the request's method, which decides whether the response can have a body
   * @return the response
   * @throws IOException when bytes came but not a complete HTTP/1.x head
   */
  public static RawResponse parse(byte[] received, String method) throws IOException {
    if (received.length == 0) {
      return new RawResponse(received, "", -1, "", List.of(), received, received, false, false);
    }
    int end = indexOf(received, 0, BLANK_LINE);
    if (end < 0) {
      throw new IOException("the response has no complete head: "
          + new String(received, StandardCharsets.ISO_8859_1));
    }
    String head = new String(received, 0, end, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n", -1);
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + lines[0]);
    }
    int code;
    try {
      code = Integer.parseInt(status[1]);
    } catch (NumberFormatException notANumber) {
      throw new IOException("not an HTTP/1.x status line: " + lines[0], notANumber);
    }
    List<Field> fields = new ArrayList<>();
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IOException("a malformed header line: " + lines[i]);
      }
      Field field = new Field(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip());
      chunked |= field.name().equalsIgnoreCase("Transfer-Encoding")
          && field.value().toLowerCase(Locale.ROOT).contains("chunked");
      fields.add(field);
    }
    byte[] rest = Arrays.copyOfRange(received, end + BLANK_LINE.length, received.length);
    boolean bodiless = method.equals("HEAD") || code == 304 || code == 204;
    ByteArrayOutputStream decoded = new ByteArrayOutputStream();
    boolean complete = bodiless || !chunked || dechunk(rest, decoded);
    byte[] body = bodiless || !chunked ? rest : decoded.toByteArray();
    return new RawResponse(received, head, code, status.length == 3 ? status[2] : "",
        List.copyOf(fields), rest, body, chunked, !complete);
  }

  /** Decodes chunks into {@code body}; returns whether the last chunk came. */
  private static boolean dechunk(byte[] data, ByteArrayOutputStream body) {
    int at = 0;
    while (true) {
      int lineEnd = indexOf(data, at, LINE_END);
      if (lineEnd < 0) {
        return false;
      }
      String sizeLine = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int semicolon = sizeLine.indexOf(';');
      int size;
      try {
        size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip(), 16);
      } catch (NumberFormatException notASize) {
        return false;
      }
      at = lineEnd + LINE_END.length;
      if (size == 0) {
        return true;
      }
      if (size < 0 || size > data.length - at) {
        body.write(data, at, data.length - at);
        return false;
      }
      body.write(data, at, size);
      at += size + LINE_END.length;
    }
  }

  static int indexOf(byte[] data, int from, byte[] pattern) {
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

  /**
   * Returns whether the server closed the connection without sending a byte (an aborted
   * exchange, for one).
   *
   * @return whether nothing came
   */
  public boolean sentNothing() {
    return received.length == 0;
  }

  /**
   * Returns the status code.
   *
   * @return the code, or -1 when {@linkplain #sentNothing() nothing was sent}
   */
  public int code() {
    return code;
  }

  /**
   * Returns the reason phrase, as sent.
   *
   * @return the phrase, possibly empty
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns the status line, as sent, such as {@code HTTP/1.1 200 OK}.
   *
   * @return the line without its line end, empty when nothing was sent
   */
  public String statusLine() {
    int end = head.indexOf("\r\n");
    return end < 0 ? head : head.substring(0, end);
  }

  /**
   * Returns the head as sent: the status line and the header lines, joined by CRLF, without the
   * blank line that ends it. For assertions on the exact bytes, such as a name's spelling.
   *
   * @return the head, empty when nothing was sent
   */
  public String head() {
    return head;
  }

  /**
   * Returns the header fields in the order received.
   *
   * @return the fields, unmodifiable
   */
  public List<Field> headers() {
    return headers;
  }

  /**
   * Returns every value of a field, its name matched ignoring case, in the order received.
   *
   * @param name the field name
   * @return the values, empty when the field is absent
   */
  public List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (Field field : headers) {
      if (field.name().equalsIgnoreCase(name)) {
        values.add(field.value());
      }
    }
    return values;
  }

  /**
   * Returns the first value of a field, its name matched ignoring case.
   *
   * @param name the field name
   * @return the value, or null when the field is absent
   */
  public @Nullable String first(String name) {
    List<String> values = values(name);
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * Returns the body after transfer decoding (de-chunked); see {@link #parse(byte[], String)}.
   *
   * @return a copy of the body's bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the {@linkplain #body() body} decoded as UTF-8.
   *
   * @return the body's text
   */
  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns every byte after the head as it came, chunk framing included.
   *
   * @return a copy of the bytes
   */
  public byte[] bodyAsSent() {
    return bodyAsSent.clone();
  }

  /**
   * Returns whether the response came with {@code Transfer-Encoding: chunked}.
   *
   * @return whether it was chunked
   */
  public boolean chunked() {
    return chunked;
  }

  /**
   * Returns whether a chunked body ended before its last chunk: the server broke off the
   * response. The {@linkplain #body() body} then holds what was decoded up to the break.
   *
   * @return whether the chunked body is incomplete
   */
  public boolean truncated() {
    return truncated;
  }

  /**
   * Returns every byte received, head and body as sent.
   *
   * @return a copy of the bytes
   */
  public byte[] received() {
    return received.clone();
  }

  /**
   * Returns the response as text for a failure message, the body cut short.
   *
   * @return the status line, the fields and the start of the body
   */
  public String describe() {
    if (sentNothing()) {
      return "(nothing sent)";
    }
    StringBuilder text = new StringBuilder().append(code).append(' ').append(reason).append('\n');
    for (Field field : headers) {
      text.append(field).append('\n');
    }
    String shown = text();
    text.append('\n').append(shown.length() > 400 ? shown.substring(0, 400) + "..." : shown);
    return text.toString();
  }

  /**
   * Returns every byte received as ISO-8859-1 text, so that each byte is one character.
   *
   * @return the response as received
   */
  @Override
  public String toString() {
    return new String(received, StandardCharsets.ISO_8859_1);
  }
}
