package dev.statuspolicy.testkit;

import java.io.IOException;
import java.net.URI;
import java.util.List;

/**
 * The suite's requests: each one is both sent to the server by {@link RawHttpClient}, exactly
 * as written and with {@code Connection: close}, and given to the {@link Oracle} for the policy's
 * own answer. A chunked body that breaks off fails the check as an unreadable response.
 */
final class RawHttp {

  private RawHttp() {}

  /** One request to send. */
  record Request(String method, String target, List<RawResponse.Field> headers) {

    String[] headerLines() {
      return headers.stream().map(RawResponse.Field::toString).toArray(String[]::new);
    }
  }

  static RawResponse exchange(URI base, Request request) throws IOException {
    RawResponse response = RawHttpClient.to(base)
        .exchange(request.method(), request.target(), request.headerLines());
    if (response.truncated()) {
      throw new IOException("a chunked body ends without its last chunk");
    }
    return response;
  }
}
