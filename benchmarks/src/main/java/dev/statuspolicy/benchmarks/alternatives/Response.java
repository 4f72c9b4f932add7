package dev.statuspolicy.benchmarks.alternatives;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a hand-written handler hands its framework: status, headers in order, body. */
public final class Response {

  private final int status;
  private final List<String> headers = new ArrayList<>(12);
  private @Nullable String body;

  /** Starts a response with the given status. */
  public Response(int status) {
    this.status = status;
  }

  /** Adds a header. @return this response */
  public Response header(String name, String value) {
    headers.add(name);
    headers.add(value);
    return this;
  }

  /** Sets the body. @return this response */
  public Response body(String text) {
    this.body = text;
    return this;
  }

  /** Returns the status. */
  public int status() {
    return status;
  }

  /** Returns the header names and values, alternating. */
  public List<String> headers() {
    return headers;
  }

  /** Returns the body, or null when there is none. */
  public @Nullable String body() {
    return body;
  }
}
