package dev.statuspolicy.spring;

import dev.statuspolicy.outcome.Validators;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a controller wrote, kept in memory and never sent: its status, headers, content type and
 * body. The container's response it wraps is not touched, so the response stays uncommitted
 * and empty for the policy. Only the body, its type and the validators are read afterwards.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
  private int status = SC_OK;
  private @Nullable String contentType;
  private @Nullable String characterEncoding;
  private @Nullable PrintWriter writer;
  private @Nullable ServletOutputStream stream;

  CapturedResponse(HttpServletResponse container) {
    super(container);
  }

  /** {@return the bytes written, the writer's flushed} */
  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  /**
   * Returns the controller's validators; a value that is no valid date is left out, and an
   * invalid entity tag refused by {@link Validators}, so that it is answered 500.
   */
  Validators validators() {
    return new Validators(date("Last-Modified"), date("Expires"), getHeader("ETag"));
  }

  private @Nullable Instant date(String name) {
    String value = getHeader(name);
    if (value == null) {
      return null;
    }
    try {
      return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  @Override
  public void setStatus(int code) {
    status = code;
  }

  @Override
  public void sendError(int code, String message) {
    status = code;
  }

  @Override
  public void sendError(int code) {
    status = code;
  }

  @Override
  public void sendRedirect(String location) {
    status = SC_FOUND;
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void setContentType(String type) {
    contentType = type;
  }

  @Override
  public @Nullable String getContentType() {
    return contentType;
  }

  @Override
  public void setCharacterEncoding(String charset) {
    characterEncoding = charset;
  }

  @Override
  public String getCharacterEncoding() {
    return characterEncoding != null ? characterEncoding : StandardCharsets.UTF_8.name();
  }

  @Override
  public void setHeader(String name, String value) {
    if (name.equalsIgnoreCase("Content-Type")) {
      contentType = value;
      return;
    }
    List<String> values = new ArrayList<>();
    values.add(value);
    headers.put(name, values);
  }

  @Override
  public void addHeader(String name, String value) {
    if (name.equalsIgnoreCase("Content-Type")) {
      contentType = value;
      return;
    }
    headers.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
  }

  @Override
  public void setDateHeader(String name, long date) {
    setHeader(name, httpDate(date));
  }

  @Override
  public void addDateHeader(String name, long date) {
    addHeader(name, httpDate(date));
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, Integer.toString(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, Integer.toString(value));
  }

  @Override
  public boolean containsHeader(String name) {
    return headers.containsKey(name)
        || (name.equalsIgnoreCase("Content-Type") && contentType != null);
  }

  @Override
  public @Nullable String getHeader(String name) {
    if (name.equalsIgnoreCase("Content-Type")) {
      return contentType;
    }
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    List<String> values = headers.get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  @Override
  public Collection<String> getHeaderNames() {
    return List.copyOf(headers.keySet());
  }

  @Override
  public void setContentLength(int length) {
    // the policy sends the length of what it serves
  }

  @Override
  public void setContentLengthLong(long length) {
    // the policy sends the length of what it serves
  }

  @Override
  public void setLocale(Locale locale) {
    // Content-Language is not the policy's, and a locale must not change the charset
  }

  @Override
  public void setBufferSize(int size) {
    // the whole body is kept
  }

  @Override
  public void flushBuffer() {
    // nothing is sent: the policy writes the response
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void reset() {
    resetBuffer();
    headers.clear();
    status = SC_OK;
    contentType = null;
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    body.reset();
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new CapturedStream(body);
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      Charset charset = Charset.forName(getCharacterEncoding());
      writer = new PrintWriter(new OutputStreamWriter(body, charset));
    }
    return writer;
  }

  private static String httpDate(long millis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC));
  }

  /** The body's stream: always ready, never blocking. */
  private static final class CapturedStream extends ServletOutputStream {
    private final ByteArrayOutputStream body;

    CapturedStream(ByteArrayOutputStream body) {
      this.body = body;
    }

    @Override
    public void write(int b) {
      body.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      body.write(bytes, offset, length);
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("the captured response is written synchronously");
    }
  }
}
