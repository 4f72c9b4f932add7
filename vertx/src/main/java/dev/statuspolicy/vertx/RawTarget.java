package dev.statuspolicy.vertx;

import java.util.Locale;

/**
 * The request target as the policy reads it: path and query, undecoded. Vert.x's {@code uri()}
 * is the target of the request line as sent, which for an absolute-form target ({@code
 * GET http://host/path}, as sent to proxies) also holds the scheme and authority; those are cut.
 */
final class RawTarget {

  private RawTarget() {}

  /**
   * Returns the origin-form target of a request line's target.
   *
   * @param uri the target as received
   * @return the path and query as received; an absolute-form target without a path has the
   *     path {@code /}
   */
  static String of(String uri) {
    String lower = uri.substring(0, Math.min(8, uri.length())).toLowerCase(Locale.ROOT);
    int authority = lower.startsWith("http://") ? 7 : lower.startsWith("https://") ? 8 : -1;
    if (authority < 0) {
      return uri;
    }
    int end = authority;
    while (end < uri.length() && uri.charAt(end) != '/' && uri.charAt(end) != '?') {
      end++;
    }
    String rest = uri.substring(end);
    return rest.startsWith("/") ? rest : "/" + rest;
  }
}
