package dev.statuspolicy.host;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink that records every call, in order, and checks the order the contract promises: status
 * once, then headers, then body once; or abort alone.
 */
final class RecordingSink implements ResponseSink {

  /** One header as written. */
  record Written(String name, String value) {}

  final List<String> calls = new ArrayList<>();
  final List<Written> headers = new ArrayList<>();
  int status = -1;
  String reason;
  long contentLength = Long.MIN_VALUE;
  byte[] body;
  boolean aborted;

  @Override
  public void status(int code, String reason) {
    require(calls.isEmpty(), "status comes first, once");
    calls.add("status");
    this.status = code;
    this.reason = reason;
  }

  @Override
  public void header(String name, String value) {
    require(!calls.isEmpty() && calls.get(0).equals("status") && !calls.contains("body"),
        "headers come after the status and before the body");
    calls.add("header");
    headers.add(new Written(name, value));
  }

  @Override
  public void body(long contentLength, byte[] bytes) throws IOException {
    require(!calls.isEmpty() && !calls.contains("body") && !aborted, "the body comes once, last");
    calls.add("body");
    this.contentLength = contentLength;
    this.body = bytes.clone();
  }

  @Override
  public void abort() {
    require(calls.isEmpty(), "abort comes alone");
    calls.add("abort");
    aborted = true;
  }

  /** Returns the first value written for a name, ignoring case, or null. */
  String header(String name) {
    for (Written header : headers) {
      if (header.name().equalsIgnoreCase(name)) {
        return header.value();
      }
    }
    return null;
  }

  private static void require(boolean condition, String rule) {
    if (!condition) {
      throw new AssertionError("sink contract broken: " + rule);
    }
  }
}
