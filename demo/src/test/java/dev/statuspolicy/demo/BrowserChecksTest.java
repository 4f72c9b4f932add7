package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.statuspolicy.Quota;
import dev.statuspolicy.demo.browser.Chromium;
import dev.statuspolicy.demo.browser.Page;
import dev.statuspolicy.quota.bucket4j.LocalQuotaCounter;
import dev.statuspolicy.reference.ExplainPage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.jspecify.annotations.Nullable;

/**
 * The demo's pages in a real browser, headless Chromium: the HTML error page with script
 * injected into every field a request can fill (parameter names and values, the agent, the
 * path), the explain page with the same, and the reference and a problem-type page, which must
 * render without a console error and under a Content-Security-Policy that holds.
 *
 * <p>The injected pages are loaded twice: with the page's CSP, and with Chromium told to ignore
 * it, so that escaping alone must keep every payload inert. A page-level hook, installed before
 * any of the page's own script, records each payload that runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserChecksTest {

  /** Each payload calls the hook with its own marker if it ever runs. */
  static final List<String> PAYLOADS = List.of(
      "<script>__pwned('script')</script>",
      "\"><img src=x onerror=__pwned('img-in-attribute')>",
      "'><svg onload=__pwned('svg-in-attribute')>",
      "<img src=x onerror=__pwned('img')>",
      "</title></code></pre></dd><script>__pwned('closing-tags')</script>",
      "<iframe srcdoc=\"<script>parent.__pwned('srcdoc')</script>\"></iframe>",
      "<a id=pwnlink href=\"javascript:__pwned('javascript-link')\">x</a>",
      "<details open ontoggle=__pwned('ontoggle')>",
      "--><script>__pwned('comment')</script><!--",
      "<style>@import 'javascript:__pwned(1)';</style><math><mtext><table><mglyph><style>"
          + "<img src=x onerror=__pwned('mxss')>");

  private static final String AGENT = "BrowserCheck/1.0 qa@example.org";
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
  private DemoServer server;
  private Chromium chromium;
  private String origin;

  @BeforeAll
  void start() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:30:00Z"), ZoneOffset.UTC);
    server = DemoServer.start(DemoServer.Engine.JETTY, Main.DEFAULT_HOST, 0,
        at -> DemoApi.weatherAt(at, clock, Quota.perSecond("default", 1000),
            LocalQuotaCounter.builder().build(), log::add));
    origin = "http://127.0.0.1:" + server.port();
    chromium = Chromium.launch();
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stop() {
    try {
      chromium.close();
    } finally {
      server.close();
    }
  }

  @Test
  void noPayloadInAParameterValueRunsOnTheErrorPage() {
    // three payloads a page: latitude, longitude and altitude are each refused, and listed
    for (int i = 0; i < PAYLOADS.size(); i += 3) {
      List<String> three = new ArrayList<>(PAYLOADS.subList(i, Math.min(i + 3, PAYLOADS.size())));
      while (three.size() < 3) {
        three.add(PAYLOADS.get(0));
      }
      String url = origin + "/weatherapi/locationforecast/2.0/compact?lat=" + query(three.get(0))
          + "&lon=" + query(three.get(1)) + "&altitude=" + query(three.get(2));
      inert(url, AGENT, 400, three, i == 0);
    }
  }

  /**
   * The error page does not echo an undeclared parameter's name or the agent (the explain page
   * does, and is checked below); the page is loaded with them anyway, and must not show them.
   */
  @Test
  void noPayloadInAParameterNameOrTheAgentRunsOrIsEchoedOnTheErrorPage() {
    StringBuilder url = new StringBuilder(origin + "/weatherapi/locationforecast/2.0/compact?");
    for (String payload : PAYLOADS) {
      url.append(query(payload)).append("=1&");
    }
    for (int i = 0; i < PAYLOADS.size(); i++) {
      inert(url + "lat=north&lon=10.7166", "Acme/1.0 " + PAYLOADS.get(i), 400, List.of(), i == 0);
    }
  }

  @Test
  void noPayloadInThePathRunsOnTheErrorPage() {
    for (int i = 0; i < PAYLOADS.size(); i++) {
      // '/' stays raw: Jetty refuses an encoded one before the policy sees the request
      String path = query(PAYLOADS.get(i)).replace("%2F", "/");
      String product = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
      // a product's name is echoed as it came, percent-encoded by the browser; a path with more
      // segments names no product, and is not echoed
      inert(origin + "/weatherapi/" + path + "/2.0/compact", AGENT, 404, path.contains("/")
          ? List.of() : List.of("There is no product named '" + product + "'"), i == 0);
    }
  }

  @Test
  void noPayloadRunsOnTheExplainPage() throws IOException {
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:30:00Z"), ZoneOffset.UTC);
    DemoApi api = DemoApi.weather(DemoCatalog.policy(clock, DemoCatalog.DEFAULT_RATE_LIMIT), clock,
        line -> { });
    for (String payload : PAYLOADS) {
      String encoded = query(payload);
      String page = Explain.explain(api, clock, "GET", "/weatherapi/" + encoded.replace("%2F", "/")
          + "/2.0/compact?" + encoded + "=1&lat=" + encoded + "&lon=10.7166",
          List.of("User-Agent: " + payload), SimulatedOutcome.DATA, true);
      assertThat(page).doesNotContain(payload);
      HttpServer host = serving(page);
      try {
        inert("http://127.0.0.1:" + host.getAddress().getPort() + "/explain", null, 200,
            List.of("User-Agent: " + payload), payload.equals(PAYLOADS.get(0)));
      } finally {
        host.stop(0);
      }
    }
  }

  @Test
  void theReferenceRendersWithoutConsoleErrorsAndItsCspHolds() {
    try (Page page = chromium.openPage(URI.create(origin + "/weatherapi/status-codes"), false)) {
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.title()).isEqualTo("Status codes");
      rendersUnderItsPolicy(page);
      Object dangling = page.evaluate("Array.from(document.querySelectorAll('a[href^=\"#\"]'))"
          + ".map(a => a.getAttribute('href').slice(1))"
          + ".filter(id => !document.getElementById(id))");
      assertThat(dangling).as("links to anchors the page lacks").isEqualTo(List.of());
      Object links = page.evaluate("document.querySelectorAll('a[href^=\"#\"]').length");
      assertThat(((Number) links).intValue()).isGreaterThan(50);
    }
  }

  @Test
  void aProblemTypePageRendersWithoutConsoleErrorsAndItsCspHolds() throws IOException {
    try (Page page = chromium.openPage(URI.create(origin + "/weatherapi/problems/parameter-invalid"),
        false)) {
      assertThat(page.status()).isEqualTo(200);
      assertThat(page.title()).isEqualTo("Invalid parameters");
      assertThat(text(page)).contains("Live example", "What to do", "400 Bad Request");
      Files.write(SCREENSHOTS.resolve("problem-type-page.png"), page.screenshot());
      rendersUnderItsPolicy(page);
    }
  }

  @Test
  void theErrorPageOfA400IsCapturedForTheReadme() throws IOException {
    String url = origin + "/weatherapi/sunrise/3.0/sun?lat=59.9333&lon=10.7166&date=2026-13-01"
        + "&offset=" + query("+16:00");
    try (Page page = chromium.openPage(URI.create(url), false, AGENT)) {
      assertThat(page.status()).isEqualTo(400);
      assertThat(page.executed()).isEmpty();
      assertThat(text(page)).contains("date", "offset");
      Files.write(SCREENSHOTS.resolve("error-400.png"), page.screenshot());
    }
  }

  /** The page's style sheet applied, nothing else was refused, and the policy refuses script. */
  private static void rendersUnderItsPolicy(Page page) {
    assertThat(page.headers().get("content-security-policy"))
        .isEqualTo(ExplainPage.CONTENT_SECURITY_POLICY);
    assertThat(page.consoleErrors()).as("console errors").isEmpty();
    assertThat(page.cspViolations()).as("CSP violations while rendering").isEmpty();
    assertThat(page.evaluate("getComputedStyle(document.body).maxWidth"))
        .as("the style sheet, allowed by its hash").isEqualTo("960px");
    page.evaluate("(() => { const s = document.createElement('script');"
        + " s.textContent = \"__pwned('inserted-script')\"; document.body.appendChild(s);"
        + " const i = document.createElement('img'); i.src = 'https://example.org/x.png';"
        + " document.body.appendChild(i); })()");
    page.evaluate("new Promise(done => setTimeout(done, 200))");
    assertThat(page.executed()).as("a script inserted into the page").isEmpty();
    assertThat(page.cspViolations()).as("what the CSP refused")
        .anyMatch(v -> v.startsWith("script-src")).anyMatch(v -> v.startsWith("img-src"));
  }

  /**
   * Loads the page with Chromium told to ignore its CSP, so that escaping alone must keep every
   * payload inert, and, when asked, once more under its CSP: no payload runs, and the page shows
   * as text what it echoes.
   */
  private void inert(String url, @Nullable String agent, int status, List<String> shown,
      boolean underCspToo) {
    for (boolean bypassCsp : underCspToo ? List.of(true, false) : List.of(true)) {
      try (Page page = chromium.openPage(URI.create(url), bypassCsp, agent)) {
        assertThat(page.title()).isNotEmpty();
        page.evaluate("(() => { const a = document.getElementById('pwnlink');"
            + " if (a) { a.click(); } })()");
        assertThat(page.status()).as(url).isEqualTo(status);
        assertThat(page.executed()).as("payloads that ran on %s (CSP bypassed: %s)", url,
            bypassCsp).isEmpty();
        String text = text(page);
        for (String payload : shown) {
          // a long value is echoed cut short
          assertThat(text).as("the page shows the payload as text")
              .contains(payload.substring(0, Math.min(payload.length(), 40)));
        }
        if (agent != null && shown.isEmpty()) {
          assertThat(text).as("the agent is not echoed").doesNotContain("__pwned");
        }
      }
    }
  }

  private static String text(Page page) {
    return String.valueOf(page.evaluate("document.body.innerText"));
  }

  /** Percent-encodes a query value; a space is %20, since a query's '+' is a plus here. */
  private static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** Serves one page, as a host would serve the explain page, with its CSP. */
  private static HttpServer serving(String page) throws IOException {
    HttpServer host = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = page.getBytes(StandardCharsets.UTF_8);
    host.createContext("/", exchange -> {
      exchange.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
      exchange.getResponseHeaders().add("Content-Security-Policy",
          ExplainPage.CONTENT_SECURITY_POLICY);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    host.start();
    return host;
  }
}
