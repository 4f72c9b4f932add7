package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The user code the README shows for adopting the module, run as written there. */
class ReadmeAdoptionTest {

  private final List<String> accessLog = new CopyOnWriteArrayList<>();

  private Reply fetch(dev.statuspolicy.Admission.Admitted admitted) {
    return Reply.data(ConformanceApi.VALIDATORS,
        Content.of("application/json", "{}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theReadmeSnippetServesTheApi() throws IOException {
    StatusPolicy policy = ConformanceApi.policy();
    // README: from here
    StatusPolicyHandler handler = StatusPolicyHandler.builder()
        .policy(policy)
        .backend(this::fetch)
        .facts((exchange, facts) -> facts.blocklist(BlocklistStanding.NOT_LISTED))
        .log(served -> accessLog.add(served.logLine()))
        .build();
    try (HardenedHttpServer server = HardenedHttpServer.start(0, handler)) {
      // README: to here (server.port() is the port; 0 picks a free one)
      RawResponse response = ConformanceServer.client(server.port()).exchange("GET",
          "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7");
      assertThat(response.toString()).startsWith("HTTP/1.1 200");
      assertThat(response.bodyAsSent()).asString(StandardCharsets.ISO_8859_1).isEqualTo("{}");
    }
  }
}
