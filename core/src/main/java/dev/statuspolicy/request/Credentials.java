package dev.statuspolicy.request;

import java.util.Objects;
import java.util.Set;

/**
 * The host's verdict on the credentials a request carried. The library never looks at tokens
 * itself: the host authenticates and reports the result here.
 */
public sealed interface Credentials {

  /** No credentials were sent. */
  record None() implements Credentials {}

  /** Credentials were sent, but the host could not verify them (expired, forged, unknown). */
  record Invalid() implements Credentials {}

  /**
   * Verified credentials, carrying the scopes they grant.
   *
   * @param scopes the granted scopes; copied, never null
   */
  record Valid(Set<String> scopes) implements Credentials {
    /**
     * Copies the scopes.
     *
     * @param scopes the granted scopes; copied
     * @throws NullPointerException if {@code scopes} or any scope is null
     */
    public Valid {
      scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes"));
    }

    /**
     * Returns whether these credentials grant {@code scope}.
     *
     * @param scope the scope a product requires
     * @return true when the scope was granted
     */
    public boolean grants(String scope) {
      return scopes.contains(scope);
    }
  }

  /** {@return the verdict for a request without credentials} This is the default. */
  static Credentials none() {
    return NONE;
  }

  /** {@return the verdict for credentials that failed verification} */
  static Credentials invalid() {
    return INVALID;
  }

  /**
   * Returns the verdict for verified credentials.
   *
   * @param scopes the scopes they grant
   * @return a {@link Valid} verdict that grants {@code scopes}
   * @throws NullPointerException if {@code scopes} or any scope is null
   */
  static Credentials valid(String... scopes) {
    return new Valid(Set.of(scopes));
  }

  /** Shared instance of {@link None}. */
  Credentials NONE = new None();

  /** Shared instance of {@link Invalid}. */
  Credentials INVALID = new Invalid();
}
