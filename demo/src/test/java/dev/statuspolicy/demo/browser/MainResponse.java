package dev.statuspolicy.demo.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP response of a page's main document, as Chromium received it.
 *
 * @param status the HTTP status code
 * @param headers the response headers, names in lower case; repeated headers are joined by a line
 *     feed, as Chromium reports them
 */
record MainResponse(int status, Map<String, String> headers) {
  /** Keeps an unmodifiable copy of the headers. */
  MainResponse {
    headers = Map.copyOf(headers);
  }

  /**
   * Reads the {@code response} of a {@code Network.responseReceived} event.
   *
   * @param response the event's {@code response} object
   * @return its status and headers
   */
  static MainResponse of(JsonNode response) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> header : response.path("headers").properties()) {
      headers.merge(
          header.getKey().toLowerCase(Locale.ROOT),
          header.getValue().asText(),
          (first, second) -> first + "\n" + second);
    }
    return new MainResponse(response.path("status").asInt(), headers);
  }
}
