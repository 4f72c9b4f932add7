package dev.statuspolicy.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawHttpClient;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** The handler set up as a host would, serving {@link ConformanceApi}. */
final class ConformanceServer {

  /** The identifying {@code User-Agent} the tests send unless a request gives its own. */
  static final String AGENT = "JdkAdapterTest/1.0 test@statuspolicy.dev";

  private ConformanceServer() {}

  /** The raw client of the server on the loopback's {@code port}, as {@code Host: 127.0.0.1}. */
  static RawHttpClient client(int port) {
    return RawHttpClient.to(URI.create("http://127.0.0.1:" + port)).withHost("127.0.0.1")
        .withUserAgent(AGENT);
  }

  static StatusPolicyHandler handler() {
    return StatusPolicyHandler.builder()
        .policy(ConformanceApi.policy())
        .backend(ConformanceApi.backend())
        .facts((exchange, facts) -> ConformanceApi.verdicts(headers(exchange), facts))
        .build();
  }

  static Function<String, List<String>> headers(HttpExchange exchange) {
    return name -> exchange.getRequestHeaders().getOrDefault(name, List.of());
  }

  static HardenedHttpServer start(ServerSettings settings) throws IOException {
    return HardenedHttpServer.start(
        new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), handler(),
        settings);
  }

  static URI base(HardenedHttpServer server) {
    return URI.create("http://127.0.0.1:" + server.port());
  }
}
