package dev.statuspolicy.internal.parse;

import java.util.List;

/**
 * Evaluates {@code If-None-Match} (RFC 9110 section 13.1.2) with the weak comparison GET and HEAD
 * use. Members that are not valid entity tags never match. Never throws.
 */
public final class EntityTags {

  private EntityTags() {}

  /**
   * Returns whether any field value is non-blank: then {@code If-None-Match} is present, and
   * {@code If-Modified-Since} must be ignored.
   *
   * @param values the received values
   * @return true when present
   */
  public static boolean present(List<String> values) {
    for (String value : values) {
      if (!value.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether {@code If-None-Match} matches the current representation.
   *
   * @param values the received field values
   * @param current the representation's entity tag, or null when it has none
   * @return true for {@code *}, or when a listed tag weakly equals {@code current}
   */
  public static boolean matches(List<String> values, String current) {
    String opaque = opaque(current, 0, current.length());
    for (String value : values) {
      if (value.strip().equals("*")) {
        return true;
      }
      if (opaque != null && listContains(value, opaque)) {
        return true;
      }
    }
    return false;
  }

  private static boolean listContains(String list, String wanted) {
    int i = 0;
    int n = list.length();
    while (i < n) {
      char c = list.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int start = i;
      if (list.startsWith("W/", i)) {
        i += 2;
      }
      if (i >= n || list.charAt(i) != '"') {
        while (i < n && list.charAt(i) != ',') {
          i++;
        }
        continue;
      }
      int close = list.indexOf('"', i + 1);
      if (close < 0) {
        return false;
      }
      String candidate = opaque(list, start, close + 1);
      if (candidate != null && candidate.equals(wanted)) {
        return true;
      }
      i = close + 1;
    }
    return false;
  }

  /** Returns the opaque part of a valid entity tag in [from, to), without quotes; null if invalid. */
  private static String opaque(String text, int from, int to) {
    int start = text.startsWith("W/", from) ? from + 2 : from;
    if (to - start < 2 || text.charAt(start) != '"' || text.charAt(to - 1) != '"') {
      return null;
    }
    for (int i = start + 1; i < to - 1; i++) {
      char c = text.charAt(i);
      if (c == '"' || c <= 0x20 || c == 0x7f) {
        return null;
      }
    }
    return text.substring(start + 1, to - 1);
  }
}
