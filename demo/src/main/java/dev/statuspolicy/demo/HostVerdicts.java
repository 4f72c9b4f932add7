package dev.statuspolicy.demo;

import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import java.util.List;
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
