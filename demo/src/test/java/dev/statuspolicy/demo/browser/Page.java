package dev.statuspolicy.demo.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One loaded tab of a {@link Chromium}, with what the page did while it loaded: its main
 * response, its errors, the payload markers that ran and the CSP violations it caused. It talks to
 * its own target's websocket; opening and closing the tab go through the browser's.
 */
public final class Page implements AutoCloseable {
  private static final Duration SETTLE_QUIET = Duration.ofMillis(300);
  private static final Duration SETTLE_LIMIT = Duration.ofSeconds(5);

  private final CdpConnection browser;
  private final CdpConnection page;
  private final String targetId;
  private final URI url;
  private final PageErrors errors = new PageErrors();
  private final List<JsonNode> documents = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile @Nullable CompletableFuture<Void> load;
  private volatile @Nullable MainResponse response;

  private Page(CdpConnection browser, CdpConnection page, String targetId, URI url) {
    this.browser = browser;
    this.page = page;
    this.targetId = targetId;
    this.url = url;
  }

  /**
   * Creates a tab, arms the hooks, loads the URL and waits for the load event and a short quiet.
   *
   * @param browser the browser's connection
   * @param http the client for the tab's websocket
   * @param endpoint the browser's websocket URL, whose host and port serve the tab's as well
   * @param url the page to load
   * @param bypassCsp whether to ignore the page's Content-Security-Policy
   * @param userAgent the User-Agent the tab sends; null for Chromium's
   * @return the loaded page
   */
  static Page open(CdpConnection browser, HttpClient http, URI endpoint, URI url,
      boolean bypassCsp, @Nullable String userAgent) {
    String targetId =
        browser.call("Target.createTarget", Map.of("url", "about:blank")).path("targetId").asText();
    CdpConnection connection;
    try {
      connection =
          CdpConnection.open(
              http, URI.create("ws://" + endpoint.getRawAuthority() + "/devtools/page/" + targetId));
    } catch (RuntimeException e) {
      closeTarget(browser, targetId);
      throw e;
    }
    Page opened = new Page(browser, connection, targetId, url);
    try {
      opened.load(bypassCsp, userAgent);
      return opened;
    } catch (RuntimeException e) {
      try {
        opened.close();
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Subscribes, enables the domains, installs the hooks and navigates. */
  private void load(boolean bypassCsp, @Nullable String userAgent) {
    errors.listenTo(page);
    page.on("Network.responseReceived", this::received);
    page.on("Page.loadEventFired", event -> loaded(null));
    page.on(
        "Inspector.targetCrashed",
        event -> loaded(new CdpException("the page crashed while loading " + url)));
    for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
      page.call(domain + ".enable");
    }
    page.call("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PageHooks.SCRIPT));
    page.call("Page.setBypassCSP", Map.of("enabled", bypassCsp));
    if (userAgent != null) {
      page.call("Network.setUserAgentOverride", Map.of("userAgent", userAgent));
    }
    CompletableFuture<Void> loading = new CompletableFuture<>();
    load = loading;
    JsonNode navigation = page.call("Page.navigate", Map.of("url", url.toString()));
    String error = navigation.path("errorText").asText("");
    if (!error.isEmpty()) {
      throw new CdpException("loading " + url + " failed: " + error);
    }
    awaitLoad(loading);
    page.awaitQuiet(SETTLE_QUIET, SETTLE_LIMIT);
    response = mainResponse(navigation);
  }

  /** Notes a document response; the main one is picked out once the frame is known. */
  private void received(JsonNode event) {
    if (event.path("type").asText().equals("Document")) {
      documents.add(event);
    }
  }

  /** Ends the wait for the load event, well or with a failure. */
  private void loaded(@Nullable CdpException failure) {
    CompletableFuture<Void> loading = load;
    if (loading == null) {
      return;
    }
    if (failure == null) {
      loading.complete(null);
    } else {
      loading.completeExceptionally(failure);
    }
  }

  private void awaitLoad(CompletableFuture<Void> loading) {
    try {
      loading.get(CdpConnection.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new CdpException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new CdpException(url + " did not fire its load event within " + CdpConnection.TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CdpException("interrupted while loading " + url, e);
    }
  }

  /** The last document response of the navigated frame, of this navigation when it names one. */
  private @Nullable MainResponse mainResponse(JsonNode navigation) {
    String frameId = navigation.path("frameId").asText();
    String loaderId = navigation.path("loaderId").asText("");
    MainResponse found = null;
    for (JsonNode event : documents) {
      if (event.path("frameId").asText().equals(frameId)
          && (loaderId.isEmpty() || event.path("loaderId").asText().equals(loaderId))) {
        found = MainResponse.of(event.path("response"));
      }
    }
    return found;
  }

  private MainResponse response() {
    MainResponse main = response;
    if (main == null) {
      throw new IllegalStateException("Chromium reported no HTTP response for " + url);
    }
    return main;
  }

  /** {@return the HTTP status code of the main document} */
  public int status() {
    return response().status();
  }

  /** {@return the main document's response headers, names in lower case} */
  public Map<String, String> headers() {
    return response().headers();
  }

  /** {@return the markers passed to {@code __pwned} so far, in call order} */
  public List<String> executed() {
    return strings(evaluateJson("window.__executed"));
  }

  /** {@return the CSP violations so far, each as {@code "<directive> <blocked URI>"}} */
  public List<String> cspViolations() {
    return strings(evaluateJson("window.__cspViolations"));
  }

  /** {@return the errors the page reported so far, each with its text and URL} */
  public List<String> consoleErrors() {
    return errors.all();
  }

  /** {@return the document's title} */
  public String title() {
    return evaluateJson("document.title").asText();
  }

  /**
   * Evaluates JavaScript in the page and returns its value, awaiting it if it is a promise.
   *
   * @param expression the script
   * @return the value as Jackson maps it: {@code String}, {@code Integer}, {@code Double}, {@code
   *     Boolean}, {@code List}, {@code Map}, or {@code null} for {@code null} and {@code undefined}
   * @throws CdpException when the script throws
   */
  public @Nullable Object evaluate(String expression) {
    JsonNode value = evaluateJson(expression);
    return value.isMissingNode() || value.isNull()
        ? null
        : CdpConnection.JSON.convertValue(value, Object.class);
  }

  /**
   * Takes a PNG screenshot of the whole page, not only the viewport.
   *
   * @return the PNG file's bytes
   */
  public byte[] screenshot() {
    JsonNode size = page.call("Page.getLayoutMetrics").path("cssContentSize");
    long width = (long) Math.ceil(size.path("width").asDouble());
    long height = (long) Math.ceil(size.path("height").asDouble());
    JsonNode shot =
        page.call(
            "Page.captureScreenshot",
            Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    return Base64.getDecoder().decode(shot.path("data").asText());
  }

  /** Closes the tab and its connection. Idempotent. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      try {
        closeTarget(browser, targetId);
      } finally {
        page.close();
      }
    }
  }

  /** Drops the tab's connection without closing the tab: the browser is about to go. */
  void disconnect() {
    closed.set(true);
    page.close();
  }

  /** The {@code value} of a {@code Runtime.evaluate}; a thrown exception becomes a failure. */
  private JsonNode evaluateJson(String expression) {
    JsonNode result =
        page.call(
            "Runtime.evaluate",
            Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
    JsonNode thrown = result.path("exceptionDetails");
    if (!thrown.isMissingNode()) {
      String description = thrown.path("exception").path("description").asText("");
      throw new CdpException(
          "evaluating " + expression + " on " + url + " threw: "
              + (description.isEmpty() ? thrown.path("text").asText() : description));
    }
    return result.path("result").path("value");
  }

  private static List<String> strings(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalStateException("the page hooks are missing: expected an array, got " + array);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asText());
    }
    return List.copyOf(values);
  }

  private static void closeTarget(CdpConnection browser, String targetId) {
    browser.call("Target.closeTarget", Map.of("targetId", targetId));
  }
}
