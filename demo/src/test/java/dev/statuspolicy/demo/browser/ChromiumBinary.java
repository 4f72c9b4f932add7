package dev.statuspolicy.demo.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Chromium to run: the {@code chromium.binary} system property, else the {@code
 * CHROMIUM} environment variable, else the first of {@code chromium}, {@code chromium-browser} and
 * {@code google-chrome} on the {@code PATH}. A missing browser is an error, never a skipped test.
 */
final class ChromiumBinary {
  /** The names tried on the {@code PATH}, in order. */
  static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

  private ChromiumBinary() {}

  /**
   * Resolves the binary as described on the class.
   *
   * @return the configured path, not yet checked, or an executable found on the {@code PATH}
   * @throws IllegalStateException with the install hint when nothing is configured or found
   */
  static Path locate() {
    String configured = nonBlank(System.getProperty("chromium.binary"));
    if (configured == null) {
      configured = nonBlank(System.getenv("CHROMIUM"));
    }
    if (configured != null) {
      return Path.of(configured);
    }
    String path = System.getenv("PATH");
    for (String name : NAMES) {
      for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
        Path candidate = candidate(dir, name);
        if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw missing("none of " + String.join(", ", NAMES) + " is on the PATH");
  }

  /**
   * The error for a browser that is not there, with how to install one.
   *
   * @param detail what was looked for and not found
   * @return the exception to throw
   */
  static IllegalStateException missing(String detail) {
    return new IllegalStateException(
        "Headless Chromium is needed for the browser checks, but "
            + detail
            + ". On Debian or Ubuntu: apt-get install -y chromium (.ci/run installs it when"
            + " missing), or point -Dchromium.binary or CHROMIUM at a Chromium or Chrome binary.");
  }

  private static @Nullable Path candidate(String dir, String name) {
    if (dir.isEmpty()) {
      return null;
    }
    try {
      return Path.of(dir, name);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static @Nullable String nonBlank(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
