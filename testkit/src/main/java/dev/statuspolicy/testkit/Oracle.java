package dev.statuspolicy.testkit;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Knows the right answer: it serves the same request in-process, through the policy's own host
 * protocol, on a conformance policy of its own, and records what the sink was given. A server is
 * conformant when the wire carries exactly that.
 */
final class Oracle {

  /** What the policy wrote for one request. */
  record Expected(int code, String reason, List<RawResponse.Field> headers, long contentLength,
      byte[] body, boolean aborted) {}

  private final StatusPolicy policy = ConformanceApi.policy();

  /** Serves the request in-process; successive calls count quota as the server does. */
  Expected expect(RawHttp.Request request) {
    RequestFacts.Builder facts = RequestFacts.builder()
        .method(request.method())
        .target(request.target())
        .transport(Transport.HTTP)
        .headers(name -> values(request, name));
    ConformanceApi.verdicts(name -> values(request, name), facts);
    Recorder recorder = new Recorder();
    try {
      policy.serve(facts.build(), ConformanceApi.backend(), recorder);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return new Expected(recorder.code, recorder.reason, List.copyOf(recorder.headers),
        recorder.contentLength, recorder.body, recorder.aborted);
  }

  static List<String> values(RawHttp.Request request, String name) {
    List<String> values = new ArrayList<>();
    for (RawResponse.Field field : request.headers()) {
      if (field.name().equalsIgnoreCase(name)) {
        values.add(field.value());
      }
    }
    return values;
  }

  private static final class Recorder implements ResponseSink {
    int code = -1;
    String reason = "";
    final List<RawResponse.Field> headers = new ArrayList<>();
    long contentLength = -1;
    byte[] body = new byte[0];
    boolean aborted;

    @Override
    public void status(int code, String reason) {
      this.code = code;
      this.reason = reason;
    }

    @Override
    public void header(String name, String value) {
      headers.add(new RawResponse.Field(name, value));
    }

    @Override
    public void body(long contentLength, byte[] bytes) {
      this.contentLength = contentLength;
      this.body = bytes.clone();
    }

    @Override
    public void abort() {
      aborted = true;
    }
  }
}
