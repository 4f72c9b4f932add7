package dev.statuspolicy.decision;

import dev.statuspolicy.internal.HeaderList;
import dev.statuspolicy.table.RowId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What to send back: status, headers in order, body, the row that decided and the trace.
 *
 * <p>A host copies it onto its framework's response: the status (code and reason), every header
 * in order, then the body. For {@link Body.ErrorDocument} it writes {@link
 * Body.ErrorDocument#bytes()}; for {@link Body.BackendData} it writes the backend's document; for
 * {@link Body.Empty} nothing. A 499 ({@link #sendsResponse()} false) is for the logs only: the
 * client is gone.
 *
 * <p>A HEAD request gets the same status and headers as the same GET, and {@link Body.Empty}. The
 * decision never sets {@code Content-Length}: a host that sends one on HEAD must send what GET
 * would have sent (RFC 9110 section 9.3.2), or leave it out.
 *
 * @param status the status
 * @param headers the headers, in the order they should be written
 * @param body the body
 * @param row the deciding row
 * @param trace every row consulted, with its verdict
 */
public record Decision(
    HttpStatus status, List<Header> headers, Body body, RowId row, Trace trace) {

  /**
   * Copies the headers.
   *
   * @param status the status
   * @param headers the headers, in the order they should be written; copied
   * @param body the body
   * @param row the deciding row
   * @param trace every row consulted, with its verdict
   * @throws NullPointerException if an argument is null
   */
  public Decision {
    Objects.requireNonNull(status, "status");
    // The writer's own lists become immutable here, so copying them would only cost time.
    headers = headers instanceof HeaderList collected ? collected.freeze() : List.copyOf(headers);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(trace, "trace");
  }

  /**
   * Returns the first value of a header, ignoring the case of the name.
   *
   * @param name the field name
   * @return the value, or null when absent
   */
  public @Nullable String header(String name) {
    for (Header header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return header.value();
      }
    }
    return null;
  }

  /** {@return whether anything is sent at all: false for 499, where the client has gone} */
  public boolean sendsResponse() {
    return status != HttpStatus.CLIENT_CLOSED_REQUEST;
  }

  /** {@return the status line, such as {@code HTTP/1.1 404 Not Found}} */
  public String statusLine() {
    return "HTTP/1.1 " + status.code() + " " + status.reason();
  }
}
