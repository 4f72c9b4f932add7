package dev.statuspolicy.javalin;

import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The conformance policy's own answer to the request {@link #client}'s exchange sends with the
 * same arguments, served in-process on a fresh policy: what the wire must carry, never copied from
 * Javalin's output.
 *
 * @param code the status, or -1 for an abort
 * @param headers the headers the policy wrote, by name
 * @param contentLength the {@code Content-Length} the policy passed, -1 for none
 */
record PolicyAnswer(int code, Map<String, String> headers, long contentLength) {

  /** The identifying {@code User-Agent} every request of the tests sends. */
  static final String AGENT = "JavalinPluginTest/1.0 javalin@statuspolicy.dev";

  /** The raw client of {@code server} whose requests {@link #to} answers for. */
  static RawHttpClient client(URI server) {
    return RawHttpClient.to(server).withUserAgent(AGENT);
  }

  static PolicyAnswer to(String method, String target, String... headerLines) throws Exception {
    Map<String, String> sent = new LinkedHashMap<>();
    sent.put("user-agent", AGENT);
    for (String line : headerLines) {
      int colon = line.indexOf(':');
      sent.put(line.substring(0, colon).toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
    }
    RequestFacts.Builder facts = RequestFacts.builder().method(method).target(target)
        .transport(Transport.HTTP);
    sent.forEach(facts::header);
    ConformanceApi.verdicts(name -> {
      String value = sent.get(name.toLowerCase(Locale.ROOT));
      return value == null ? List.of() : List.of(value);
    }, facts);
    Recorder recorder = new Recorder();
    ConformanceApi.policy().serve(facts.build(), ConformanceApi.backend(), recorder);
    return new PolicyAnswer(recorder.code, Map.copyOf(recorder.headers), recorder.length);
  }

  private static final class Recorder implements ResponseSink {
    int code = -1;
    long length = -1;
    final Map<String, String> headers = new LinkedHashMap<>();

    @Override
    public void status(int status, String reason) {
      code = status;
    }

    @Override
    public void header(String name, String value) {
      headers.put(name, value);
    }

    @Override
    public void body(long contentLength, byte[] bytes) {
      length = contentLength;
    }

    @Override
    public void abort() {
      // the code stays -1
    }
  }
}
