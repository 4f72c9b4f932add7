package dev.statuspolicy.demo.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proves that the browser driver's checks can fail as well as pass: pages served by a real server
 * with and without a Content-Security-Policy, with and without errors, short and long.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChromiumTest {
  /** No favicon request, so no 404 error for it in the console. */
  private static final String HEAD = "<meta charset=utf-8><link rel=icon href=\"data:,\">";

  private static final String PAYLOAD =
      "<script>__pwned('inline')</script><img src=x onerror=\"__pwned('onerror')\">";

  /** A page the test server answers with. */
  private record Fixture(int status, Map<String, String> headers, String body) {
    /** A 200 HTML page with no extra headers. */
    static Fixture html(String body) {
      return new Fixture(200, Map.of(), page(body));
    }
  }

  private static final Map<String, Fixture> FIXTURES =
      Map.of(
          "/payload", Fixture.html(PAYLOAD),
          "/payload-csp",
              new Fixture(
                  200, Map.of("Content-Security-Policy", "default-src 'none'"), page(PAYLOAD)),
          "/console-error", Fixture.html("<script>console.error('boom')</script>"),
          "/uncaught", Fixture.html("<script>throw new Error('kaboom')</script>"),
          "/plain", Fixture.html("<title>Plain</title><p>Nothing to see."),
          "/bad-request",
              new Fixture(400, Map.of("X-Probe", "forty-two"), page("<p>That was a bad request.")),
          "/long", Fixture.html("<div style=\"height:4000px\">tall</div>"));

  private final ExecutorService serverThreads = Executors.newFixedThreadPool(4);
  private HttpServer server;
  private Chromium chromium;

  @BeforeAll
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", ChromiumTest::serve);
    server.setExecutor(serverThreads);
    server.start();
    chromium = Chromium.launch();
  }

  @AfterAll
  void stop() {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  @Test
  void payloadRunsWithoutAPolicy() {
    try (Page page = open("/payload", false)) {
      assertThat(page.executed()).containsExactlyInAnyOrder("inline", "onerror");
      assertThat(page.cspViolations()).isEmpty();
    }
  }

  @Test
  void policyBlocksThePayloadAndReportsIt() {
    try (Page page = open("/payload-csp", false)) {
      assertThat(page.executed()).isEmpty();
      assertThat(page.cspViolations()).isNotEmpty().anyMatch(v -> v.startsWith("script-src"));
      assertThat(page.headers()).containsEntry("content-security-policy", "default-src 'none'");
    }
  }

  @Test
  void bypassingThePolicyLetsThePayloadRun() {
    try (Page page = open("/payload-csp", true)) {
      assertThat(page.executed()).containsExactlyInAnyOrder("inline", "onerror");
      assertThat(page.cspViolations()).isEmpty();
    }
  }

  @Test
  void consoleErrorsAndUncaughtExceptionsAreReported() {
    try (Page page = open("/console-error", false)) {
      assertThat(page.consoleErrors())
          .anySatisfy(error -> assertThat(error).contains("boom").contains("/console-error"));
    }
    try (Page page = open("/uncaught", false)) {
      assertThat(page.consoleErrors())
          .anySatisfy(error -> assertThat(error).contains("kaboom").contains("/uncaught"));
    }
  }

  @Test
  void aPlainPageHasNoErrors() {
    try (Page page = open("/plain", false)) {
      assertThat(page.consoleErrors()).isEmpty();
      assertThat(page.executed()).isEmpty();
      assertThat(page.title()).isEqualTo("Plain");
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.evaluate("1 + 1")).isEqualTo(2);
      assertThatThrownBy(() -> page.evaluate("nope()")).isInstanceOf(CdpException.class)
          .hasMessageContaining("nope");
    }
  }

  @Test
  void statusAndHeadersAreThoseOfTheMainDocument() {
    try (Page page = open("/bad-request", false)) {
      assertThat(page.status()).isEqualTo(400);
      assertThat(page.headers()).containsEntry("x-probe", "forty-two");
    }
  }

  @Test
  void screenshotsArePngsOfTheWholePage() {
    int shortHeight;
    try (Page page = open("/plain", false)) {
      shortHeight = pngHeight(page.screenshot());
    }
    try (Page page = open("/long", false)) {
      assertThat(pngHeight(page.screenshot())).isGreaterThan(shortHeight).isGreaterThan(4000);
    }
  }

  @Test
  void aMissingBinaryFailsWithTheInstallHint() {
    assertThatThrownBy(() -> Chromium.launch(Path.of("/nonexistent/chromium")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Headless Chromium is needed for the browser checks")
        .hasMessageContaining("apt-get install -y chromium")
        .hasMessageContaining(".ci/run");
  }

  /** Loads one of the fixtures from the test server. */
  private Page open(String path, boolean bypassCsp) {
    return chromium.openPage(
        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path), bypassCsp);
  }

  /** Checks the PNG signature and reads the height from the IHDR chunk. */
  private static int pngHeight(byte[] png) {
    assertThat(Arrays.copyOf(png, 8))
        .containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    assertThat(new String(png, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("IHDR");
    ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
    assertThat(header.getInt()).isPositive();
    return header.getInt();
  }

  /** Wraps a body in a whole HTML document. */
  private static String page(String body) {
    return "<!doctype html><html><head>" + HEAD + "</head><body>" + body + "</body></html>";
  }

  /** Answers with the fixture at the request's path, or a 404. */
  private static void serve(HttpExchange exchange) throws IOException {
    Fixture fixture = FIXTURES.get(exchange.getRequestURI().getPath());
    if (fixture == null) {
      fixture = new Fixture(404, Map.of(), "not found");
    }
    byte[] body = fixture.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    fixture.headers().forEach(exchange.getResponseHeaders()::set);
    exchange.sendResponseHeaders(fixture.status(), body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
