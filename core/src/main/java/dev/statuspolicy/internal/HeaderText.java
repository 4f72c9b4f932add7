package dev.statuspolicy.internal;

import java.util.Objects;

/** Rules for text that ends up in a header field: no CR, LF, NUL or other control characters. */
public final class HeaderText {

  private HeaderText() {}

  /**
   * Returns whether the text may be used as a header value: visible ASCII, space and tab only.
   * Anything else, CR, LF and NUL above all, could split the response (CWE-113).
   *
   * @param value the candidate
   * @return true when safe
   */
  public static boolean isSafeValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Requires a non-empty value that is safe for a header.
   *
   * @param what the setting's name, for the message
   * @param value the value
   * @throws IllegalArgumentException if the value is empty or unsafe
   * @throws NullPointerException if the value is null
   */
  public static void requireSafe(String what, String value) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || !isSafeValue(value)) {
      throw new IllegalArgumentException(
          what + " must be non-empty visible ASCII without control characters");
    }
  }

  /**
   * Returns whether the text is a field name token (RFC 9110 section 5.1).
   *
   * @param name the candidate
   * @return true when valid
   */
  public static boolean isToken(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether the text is one entity tag: {@code "opaque"} or {@code W/"opaque"}, where the
   * opaque part holds visible ASCII other than {@code "} (RFC 9110 section 8.8.3's etagc, without
   * obs-text: a header value here is ASCII only, so an entity tag with other characters could not
   * be sent).
   *
   * @param tag the candidate
   * @return true when valid
   */
  public static boolean isEntityTag(String tag) {
    int start = tag.startsWith("W/") ? 2 : 0;
    if (tag.length() < start + 2 || tag.charAt(start) != '"' || tag.charAt(tag.length() - 1) != '"') {
      return false;
    }
    for (int i = start + 1; i < tag.length() - 1; i++) {
      char c = tag.charAt(i);
      if (c == '"' || c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes request-derived text safe for a header value: every code point outside visible ASCII
   * and space becomes one {@code ?} (a surrogate pair too, and a lone surrogate), and the result
   * is cut to {@code max} characters of the text.
   *
   * @param text untrusted text
   * @param max the longest result
   * @return the safe text
   */
  public static String sanitize(String text, int max) {
    int length = Math.min(text.length(), max);
    StringBuilder safe = null;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7f) {
        if (safe == null) {
          safe = new StringBuilder(length).append(text, 0, i);
        }
        safe.append('?');
        if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        }
      } else if (safe != null) {
        safe.append(c);
      }
    }
    if (safe != null) {
      return safe.toString();
    }
    return length == text.length() ? text : text.substring(0, length);
  }
}
