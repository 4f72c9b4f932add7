package dev.statuspolicy.demo.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Collects everything a page reports at error level, each as one line with its text and the URL
 * it came from: {@code console.error} and failed {@code console.assert} calls, uncaught exceptions,
 * and the browser's own error log entries (failed loads, Content-Security-Policy reports).
 */
final class PageErrors {
  private final List<String> errors = new CopyOnWriteArrayList<>();

  /**
   * Subscribes to the events that carry errors; the {@code Runtime} and {@code Log} domains must
   * be enabled after this.
   *
   * @param page the page's connection
   */
  void listenTo(CdpConnection page) {
    page.on("Runtime.consoleAPICalled", this::consoleCalled);
    page.on("Runtime.exceptionThrown", this::exceptionThrown);
    page.on("Log.entryAdded", this::logged);
  }

  /** {@return the errors so far, oldest first} */
  List<String> all() {
    return List.copyOf(errors);
  }

  private void consoleCalled(JsonNode event) {
    String type = event.path("type").asText();
    if (!type.equals("error") && !type.equals("assert")) {
      return;
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode argument : event.path("args")) {
      JsonNode value = argument.path("value");
      parts.add(
          value.isTextual()
              ? value.asText()
              : !value.isMissingNode()
                  ? value.toString()
                  : argument.path("description").asText(argument.path("type").asText()));
    }
    JsonNode frame = event.path("stackTrace").path("callFrames").path(0);
    errors.add("console." + type + ": " + String.join(" ", parts) + at(frame.path("url").asText()));
  }

  private void exceptionThrown(JsonNode event) {
    JsonNode details = event.path("exceptionDetails");
    String description = details.path("exception").path("description").asText("");
    String text = description.isEmpty() ? details.path("text").asText() : firstLine(description);
    String url = details.path("url").asText("");
    if (url.isEmpty()) {
      url = details.path("stackTrace").path("callFrames").path(0).path("url").asText("");
    }
    errors.add("uncaught: " + text + at(url));
  }

  private void logged(JsonNode event) {
    JsonNode entry = event.path("entry");
    if (entry.path("level").asText().equals("error")) {
      errors.add(
          "log (" + entry.path("source").asText() + "): " + entry.path("text").asText()
              + at(entry.path("url").asText("")));
    }
  }

  private static String at(String url) {
    return url.isEmpty() ? "" : " at " + url;
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
