package dev.statuspolicy.demo.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A headless Chromium for the demo's browser checks, driven over the Chrome DevTools Protocol: it
 * runs with a fresh profile and an ephemeral debugging port, opens {@link Page}s, and on {@link
 * #close()} takes its whole process tree and its profile away again.
 */
public final class Chromium implements AutoCloseable {
  private static final Duration STARTUP = Duration.ofSeconds(30);
  private static final Duration EXIT = Duration.ofSeconds(5);

  private final Process process;
  private final Path profile;
  private final ExecutorService threads;
  private final HttpClient http;
  private final CdpConnection browser;
  private final URI endpoint;
  private final List<Page> pages = new CopyOnWriteArrayList<>();

  private Chromium(
      Process process, Path profile, ExecutorService threads, HttpClient http, URI endpoint) {
    this.process = process;
    this.profile = profile;
    this.threads = threads;
    this.http = http;
    this.endpoint = endpoint;
    this.browser = CdpConnection.open(http, endpoint);
  }

  /**
   * Starts the Chromium that {@link ChromiumBinary#locate()} finds.
   *
   * @return the running browser
   * @throws IllegalStateException when there is no Chromium, with how to install one, or when it
   *     does not start
   */
  public static Chromium launch() {
    return launch(ChromiumBinary.locate());
  }

  /**
   * Starts the given binary headless and connects to it.
   *
   * @param binary a Chromium or Chrome executable
   * @return the running browser
   * @throws IllegalStateException when the binary is not there, with how to install one, or when
   *     it does not start
   */
  static Chromium launch(Path binary) {
    if (!Files.isRegularFile(binary) || !Files.isExecutable(binary)) {
      throw ChromiumBinary.missing("there is no executable " + binary);
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile directory", e);
    }
    Process process;
    try {
      process =
          new ProcessBuilder(command(binary, profile))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      deleteTree(profile);
      throw ChromiumBinary.missing(binary + " does not start (" + e.getMessage() + ")");
    }
    ExecutorService threads =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "chromium-cdp");
              thread.setDaemon(true);
              return thread;
            });
    try {
      URI endpoint = ChromiumStderr.drain(process.getErrorStream()).awaitEndpoint(STARTUP);
      HttpClient http = HttpClient.newBuilder().executor(threads).build();
      return new Chromium(process, profile, threads, http, endpoint);
    } catch (RuntimeException e) {
      stop(process, process.descendants().toList(), false);
      threads.shutdownNow();
      deleteTree(profile);
      throw e;
    }
  }

  /** The command line: headless, no sandbox (we may be root), nothing in the background. */
  private static List<String> command(Path binary, Path profile) {
    return List.of(
        binary.toString(),
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-extensions",
        "--disable-background-networking",
        "--remote-debugging-port=0",
        "--user-data-dir=" + profile,
        "--window-size=1200,900",
        "about:blank");
  }

  /**
   * Opens a new tab, loads a URL in it and waits until the page has loaded and settled.
   *
   * @param url the page to load
   * @param bypassCsp whether Chromium should ignore the page's Content-Security-Policy
   * @return the loaded page
   * @throws CdpException when navigation fails or does not finish within 30 seconds
   */
  public Page openPage(URI url, boolean bypassCsp) {
    return openPage(url, bypassCsp, null);
  }

  /**
   * Opens a new tab that sends its own User-Agent, loads a URL in it and waits until the page has
   * loaded and settled.
   *
   * @param url the page to load
   * @param bypassCsp whether Chromium should ignore the page's Content-Security-Policy
   * @param userAgent the User-Agent the tab sends; null for Chromium's
   * @return the loaded page
   * @throws CdpException when navigation fails or does not finish within 30 seconds
   */
  public Page openPage(URI url, boolean bypassCsp, @Nullable String userAgent) {
    Page page = Page.open(browser, http, endpoint, url, bypassCsp, userAgent);
    pages.add(page);
    return page;
  }

  /**
   * Closes the connections, asks Chromium to quit, kills whatever of its process tree is left,
   * waits for it, and deletes the profile.
   */
  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    try {
      for (Page page : pages) {
        page.disconnect();
      }
      try {
        browser.call("Browser.close");
      } catch (CdpException e) {
        // Chromium may drop the socket before answering; the process is stopped below anyway
      }
      browser.close();
    } finally {
      stop(process, children, true);
      threads.shutdownNow();
      deleteTree(profile);
    }
  }

  /**
   * Kills the browser and its children, and waits for them.
   *
   * @param process the browser process
   * @param children its descendants, taken while it ran: once it exits they are no longer its own
   * @param quitting whether the browser was asked to quit, and is given a moment to do so first
   */
  private static void stop(Process process, List<ProcessHandle> children, boolean quitting) {
    List<ProcessHandle> tree = new ArrayList<>(children);
    process.descendants().forEach(tree::add);
    tree.add(process.toHandle());
    if (quitting) {
      awaitExit(process.toHandle());
    }
    for (ProcessHandle handle : tree) {
      handle.destroyForcibly();
    }
    for (ProcessHandle handle : tree) {
      awaitExit(handle);
    }
  }

  private static void awaitExit(ProcessHandle handle) {
    try {
      handle.onExit().get(EXIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // still running, or not ours to wait for: killed or reported by the caller
    }
  }

  /** Deletes a directory tree, a few times over, since an exiting browser may still write to it. */
  private static void deleteTree(Path root) {
    for (int attempt = 0; attempt < 3 && Files.exists(root); attempt++) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(path);
        }
      } catch (IOException | UncheckedIOException e) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
