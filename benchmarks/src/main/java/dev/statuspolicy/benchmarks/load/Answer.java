package dev.statuspolicy.benchmarks.load;

import java.util.List;
import java.util.Map;

/**
 * A response written without the policy: the status, the headers and the body the policy's
 * server answered one scenario with, recorded once, for the baseline servers to write back to
 * every request.
 *
 * @param status the status code
 * @param headers the header fields, in order, without those every server adds itself ({@code
 *     Date}, {@code Server}, {@code Content-Length}, {@code Connection}, {@code Keep-Alive})
 * @param body the body; empty for a 304
 */
record Answer(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  /** Header fields the server writes itself, so they are not recorded. */
  static final List<String> SERVERS_OWN = List.of("date", "server", "content-length", "connection",
      "keep-alive", "transfer-encoding");
}
