package dev.statuspolicy.table;

import dev.statuspolicy.internal.HeaderText;
import org.jspecify.annotations.Nullable;

/**
 * A Bearer challenge for {@code WWW-Authenticate} (RFC 6750).
 *
 * @param realm the protection space
 * @param scope the scope required
 * @param error the RFC 6750 error code, such as {@code invalid_token}; null for none
 */
public record Challenge(String realm, String scope, @Nullable String error) {
  /**
   * Validates the parameters.
   *
   * @param realm the protection space; not empty
   * @param scope the scope required; not empty
   * @param error the RFC 6750 error code; null for none
   * @throws IllegalArgumentException if a value is empty or holds a control character
   * @throws NullPointerException if realm or scope is null
   */
  public Challenge {
    HeaderText.requireSafe("realm", realm);
    HeaderText.requireSafe("scope", scope);
    if (error != null) {
      HeaderText.requireSafe("error", error);
    }
  }
}
