package dev.statuspolicy.demo;

import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The demo host's verdicts on a request: its blocklist and its token check. Both are the host's
 * business, never the library's; the demo keeps them as small as can be.
 */
final class HostVerdicts {

  /** Any User-Agent containing this text is banned. */
  static final String BANNED_AGENT = "BannedBot";

  /** A token that is valid and grants the satellite scope. */
  static final String SATELLITE_TOKEN = "demo-satellite";

  /** A token that is valid but grants no scope. */
  static final String BASIC_TOKEN = "demo-basic";

  private HostVerdicts() {}

  /**
   * Adds the demo's verdicts on a request to its facts.
   *
   * @param headers the request's values of a header name, empty when absent
   * @param facts the facts being built
   * @return the same builder
   */
  static RequestFacts.Builder apply(Function<String, List<String>> headers,
      RequestFacts.Builder facts) {
    List<String> authorization = headers.apply("Authorization");
    return facts.blocklist(blocklist(headers.apply("User-Agent")))
        .credentials(credentials(authorization.isEmpty() ? null : authorization.get(0)));
  }

  /** Blocked when any User-Agent value contains {@link #BANNED_AGENT}. */
  static BlocklistStanding blocklist(List<String> agents) {
    for (String agent : agents) {
      if (agent.contains(BANNED_AGENT)) {
        return BlocklistStanding.BLOCKED;
      }
    }
    return BlocklistStanding.NOT_LISTED;
  }

  /** The credentials an {@code Authorization} header carries: none, the two demo tokens, or invalid. */
  static Credentials credentials(@Nullable String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return Credentials.none();
    }
    return switch (authorization.strip()) {
      case "Bearer " + SATELLITE_TOKEN -> Credentials.valid(DemoCatalog.SATELLITE_SCOPE);
      case "Bearer " + BASIC_TOKEN -> Credentials.valid();
      default -> Credentials.invalid();
    };
  }
}
