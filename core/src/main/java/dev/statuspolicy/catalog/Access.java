package dev.statuspolicy.catalog;

import dev.statuspolicy.internal.HeaderText;

/** Who may use a product. */
public sealed interface Access {

  /** Anyone may use the product. */
  record Public() implements Access {}

  /**
   * Only clients whose verified credentials carry {@code scope} may use the product. Others get
   * 401 with {@code WWW-Authenticate: Bearer realm="...", scope="..."}, or 403 when their valid
   * credentials lack the scope.
   *
   * @param realm the protection space, for the challenge
   * @param scope the scope the credentials must grant
   */
  record Restricted(String realm, String scope) implements Access {
    /**
     * Validates the challenge parameters.
     *
     * @param realm the protection space; not empty
     * @param scope the scope the credentials must grant; not empty
     * @throws IllegalArgumentException if either is empty or holds a control character
     * @throws NullPointerException if either is null
     */
    public Restricted {
      HeaderText.requireSafe("realm", realm);
      HeaderText.requireSafe("scope", scope);
    }
  }

  /** {@return public access} */
  static Access open() {
    return new Public();
  }

  /**
   * Returns restricted access.
   *
   * @param realm the protection space
   * @param scope the required scope
   * @return access limited to credentials that grant {@code scope}
   * @throws IllegalArgumentException if either is empty or holds a control character
   */
  static Access restricted(String realm, String scope) {
    return new Restricted(realm, scope);
  }
}
