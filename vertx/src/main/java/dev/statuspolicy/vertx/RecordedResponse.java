package dev.statuspolicy.vertx;

import dev.statuspolicy.host.ResponseSink;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * The policy's response, taken down as the policy writes it (on whichever thread completed the
 * backend's future), then written to Vert.x on the request's context by {@link #writeTo}.
 *
 * <p>What Vert.x's HTTP/1.x response ({@code Http1xServerResponse.prepareHeaders}) does on its
 * own, and how it is kept from it:
 *
 * <ul>
 *   <li>it adds {@code content-length} for any body when none is set, also {@code 0} for an
 *       empty one: so a length the policy gives goes in as the policy's own {@code
 *       Content-Length} header, and a response whose length the policy withholds is chunked,
 *       except for HEAD and 304, to which Vert.x adds neither;
 *   <li>the reason phrase is the one of Netty's table unless set: so it is set where it differs;
 *   <li>it tells a 304 by comparing the status with Netty's {@code NOT_MODIFIED} by identity,
 *       and setting any status message makes a new status object, so a 304 whose message was set
 *       gets {@code content-length: 0}: so a message equal to Netty's is never set.
 * </ul>
 */
final class RecordedResponse implements ResponseSink {

  /** RST_STREAM's CANCEL, for HTTP/2; HTTP/1.x closes the connection whatever the code. */
  private static final long CANCEL = 0x8;

  private int code = 500;
  private String reason = "";
  private final List<String> headers = new ArrayList<>(32);
  private long contentLength = -1;
  private byte[] body = new byte[0];
  private boolean aborted;

  @Override
  public void status(int code, String reason) {
    this.code = code;
    this.reason = reason;
  }

  @Override
  public void header(String name, String value) {
    headers.add(name);
    headers.add(value);
  }

  @Override
  public void body(long contentLength, byte[] bytes) {
    this.contentLength = contentLength;
    this.body = bytes;
  }

  @Override
  public void abort() {
    aborted = true;
  }

  /**
   * Writes the response; call on the request's context. Writes nothing when the response was
   * already ended or closed, as when the client hung up while the backend worked.
   *
   * @param response the response
   * @param method the request's method
   */
  void writeTo(HttpServerResponse response, HttpMethod method) {
    if (response.ended() || response.closed()) {
      return;
    }
    if (aborted) {
      // 499: nothing is sent; HTTP/1.x closes the connection, HTTP/2 resets the stream
      response.reset(CANCEL);
      return;
    }
    response.setStatusCode(code);
    if (!reason.equals(response.getStatusMessage())) {
      // only when it differs: Vert.x knows a 304 by the identity of Netty's status constant,
      // which a message of its own replaces; it would then add content-length: 0 to the 304
      response.setStatusMessage(reason);
    }
    MultiMap fields = response.headers();
    for (int i = 0; i < headers.size(); i += 2) {
      fields.add(headers.get(i), headers.get(i + 1));
    }
    if (contentLength >= 0) {
      fields.add("Content-Length", Long.toString(contentLength));
    } else if (!method.equals(HttpMethod.HEAD) && code != 304) {
      // no length to send: without chunks Vert.x would write one of its own
      response.setChunked(true);
    }
    response.end(Buffer.buffer(body));
  }
}
