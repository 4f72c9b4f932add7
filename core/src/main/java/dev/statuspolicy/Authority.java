package dev.statuspolicy;

/**
 * Checks a configured authority ({@code host[:port]}, RFC 3986 section 3.2): the HTTPS host written
 * into every redirect, and the authority of each allowed CORS origin. Only what a public API can
 * be reached at is accepted: a DNS name, an IPv4 address or a bracketed IPv6 address, and a port
 * from 1 to 65535; no user information.
 */
final class Authority {

  private static final int MAX_NAME = 253;
  private static final int MAX_LABEL = 63;
  private static final int MAX_PORT = 65_535;

  private Authority() {}

  /** Returns whether {@code authority} is a host with an optional valid port. */
  static boolean isValid(String authority) {
    String host = authority;
    int colon = portColon(authority);
    if (colon >= 0) {
      if (!isPort(authority.substring(colon + 1))) {
        return false;
      }
      host = authority.substring(0, colon);
    }
    if (host.startsWith("[")) {
      return host.endsWith("]")
          && host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+")
          && host.contains(":");
    }
    return isName(host);
  }

  /**
   * Returns the index of the {@code :} before the port, or -1 when there is none: the last colon
   * not inside a bracketed IPv6 address.
   */
  static int portColon(String authority) {
    int colon = authority.lastIndexOf(':');
    return colon >= 0 && authority.indexOf(']', colon) < 0 ? colon : -1;
  }

  private static boolean isPort(String port) {
    if (port.isEmpty() || port.length() > 5) {
      return false;
    }
    for (int i = 0; i < port.length(); i++) {
      char c = port.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    int value = Integer.parseInt(port);
    return value >= 1 && value <= MAX_PORT;
  }

  /** A DNS name (which an IPv4 address also is, syntactically): labels, none empty. */
  private static boolean isName(String host) {
    if (host.isEmpty() || host.length() > MAX_NAME) {
      return false;
    }
    for (String label : host.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > MAX_LABEL
          || label.startsWith("-") || label.endsWith("-")) {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9') || c == '-';
        if (!allowed) {
          return false;
        }
      }
    }
    return true;
  }
}
