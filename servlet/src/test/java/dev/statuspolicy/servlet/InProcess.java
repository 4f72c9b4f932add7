package dev.statuspolicy.servlet;

import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policy's own answer to a request, served in-process on a fresh conformance policy: what
 * the wire must carry, never copied from a container's output.
 *
 * @param code the status, or -1 for an abort
 * @param headers the headers the policy wrote, by name
 */
record InProcess(int code, Map<String, String> headers) {

  /** The identifying {@code User-Agent} of every request the tests send and answer for. */
  static final String AGENT = "ServletAdapterTest/1.0 servlet@statuspolicy.dev";

  /** The raw client of {@code server} whose requests {@link #answer} answers for. */
  static RawHttpClient client(URI server) {
    return RawHttpClient.to(server).withUserAgent(AGENT);
  }

  /** Serves the request {@link RawHttpClient#exchange} sends with the same arguments. */
  static InProcess answer(String method, String target, String... headerLines)
      throws IOException {
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
    Map<String, String> headers = new LinkedHashMap<>();
    int[] code = {-1};
    ConformanceApi.policy().serve(facts.build(), ConformanceApi.backend(), new ResponseSink() {
      @Override
      public void status(int status, String reason) {
        code[0] = status;
      }

      @Override
      public void header(String name, String value) {
        headers.put(name, value);
      }

      @Override
      public void body(long contentLength, byte[] bytes) {
        // the tests compare status and headers
      }

      @Override
      public void abort() {
        // code stays -1
      }
    });
    return new InProcess(code[0], Map.copyOf(headers));
  }
}
