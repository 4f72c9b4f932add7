package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.testkit.RawResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What JDK 17's server does to a response that no handler can prevent, as documented on {@link
 * StatusPolicyHandler}; this is why its conformance run uses {@code ServerTraits.JDK_HTTPSERVER}.
 * Should a JDK stop doing one of these, its test fails and the documentation must change.
 */
class JdkServerQuirksTest {

  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    server = HardenedHttpServer.start(0, ConformanceServer.handler());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void headerNamesAreRespelledWithOnlyTheFirstLetterUpperCase() throws IOException {
    RawResponse response = ConformanceServer.client(server.port()).exchange("GET",
        "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7");
    assertThat(response.head()).contains("\r\nEtag: ").doesNotContain("\r\nETag: ")
        .contains("\r\nContent-length: ");
  }

  @Test
  void theReasonPhrasesOf422And429AreDropped() throws IOException {
    RawResponse unprocessable = ConformanceServer.client(server.port()).exchange("GET",
        "/weatherapi/conformance/1.0/data?lat=-33.9&lon=18.4");
    // the JDK writes the space before the reason, then nothing
    assertThat(unprocessable.toString()).startsWith("HTTP/1.1 422 \r\n");
    String agent = "User-Agent: Quirks-" + System.nanoTime() + "/1.0 q@statuspolicy.dev";
    String last = "";
    for (int i = 0; i <= 2; i++) {
      last = ConformanceServer.client(server.port()).exchange("GET",
          "/weatherapi/limited/1.0/data?lat=60.1&lon=10.7", agent).toString();
    }
    assertThat(last).startsWith("HTTP/1.1 429 \r\n");
  }

  @Test
  void aMalformedEscapeIsRefusedBeforeTheHandler() throws IOException {
    RawResponse response = ConformanceServer.client(server.port()).exchange("GET",
        "/weatherapi/conformance/1.0/data?lat=60.1&lon=%zz");
    assertThat(response.head()).startsWith("HTTP/1.1 400");
    assertThat(response.bodyAsSent()).asString(StandardCharsets.ISO_8859_1)
        .contains("URISyntaxException");
  }
}
