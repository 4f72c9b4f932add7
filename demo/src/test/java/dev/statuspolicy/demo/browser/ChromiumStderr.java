package dev.statuspolicy.demo.browser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads Chromium's standard error on a daemon thread for the browser's whole life, so that the
 * pipe never fills: it picks out the {@code DevTools listening on ws://...} line and keeps the
 * last lines for error messages.
 */
final class ChromiumStderr {
  private static final String LISTENING = "DevTools listening on ";
  private static final int KEPT_LINES = 40;

  private final CompletableFuture<URI> endpoint = new CompletableFuture<>();
  private final Deque<String> tail = new ArrayDeque<>();

  private ChromiumStderr() {}

  /**
   * Starts draining a stream.
   *
   * @param stderr the browser process's standard error
   * @return the drain, whose endpoint completes when Chromium announces it
   */
  static ChromiumStderr drain(InputStream stderr) {
    ChromiumStderr drain = new ChromiumStderr();
    Thread reader = new Thread(() -> drain.read(stderr), "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    return drain;
  }

  /**
   * Waits for the browser's DevTools websocket URL.
   *
   * @param limit the longest wait
   * @return the {@code ws://host:port/devtools/browser/...} URL
   * @throws IllegalStateException when Chromium exits first or does not announce it in time
   */
  URI awaitEndpoint(Duration limit) {
    try {
      return endpoint.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Chromium did not announce its DevTools endpoint within " + limit + "; stderr:\n"
              + tail(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting Chromium", e);
    }
  }

  /** {@return the last lines Chromium wrote, oldest first} */
  synchronized String tail() {
    return String.join("\n", tail);
  }

  private void read(InputStream stderr) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        keep(line);
        int at = line.indexOf(LISTENING);
        if (at >= 0 && !endpoint.isDone()) {
          endpoint.complete(URI.create(line.substring(at + LISTENING.length()).trim()));
        }
      }
    } catch (IOException e) {
      // the process is gone; the endpoint, if still missing, fails below
    }
    endpoint.completeExceptionally(
        new IllegalStateException(
            "Chromium exited before announcing its DevTools endpoint; stderr:\n" + tail()));
  }

  private synchronized void keep(String line) {
    if (tail.size() == KEPT_LINES) {
      tail.removeFirst();
    }
    tail.addLast(line);
  }
}
