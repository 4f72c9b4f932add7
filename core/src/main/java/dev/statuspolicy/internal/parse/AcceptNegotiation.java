package dev.statuspolicy.internal.parse;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;

/**
 * Chooses an error format from {@code Accept} (RFC 9110 section 12.5.1). Each format takes the
 * quality of the most specific media range that matches it; {@code application/json} counts for
 * problem details. The highest positive quality wins; a tie goes to the policy's default, then to
 * the range listed first. No match, or no header, gives the default: never a 406. Elements that
 * do not parse are skipped. Never throws.
 */
public final class AcceptNegotiation {

  private static final ErrorFormat[] FORMATS = ErrorFormat.values();
  private static final int MAX_ELEMENTS = 64;

  private AcceptNegotiation() {}

  /**
   * Chooses the format.
   *
   * @param values the received {@code Accept} field values
   * @param fallback the policy's default
   * @return the chosen format
   */
  public static ErrorFormat choose(List<String> values, ErrorFormat fallback) {
    if (values.isEmpty()) {
      return fallback;
    }
    int count = FORMATS.length;
    int[] quality = new int[count];
    int[] specificity = new int[count];
    int[] position = new int[count];
    java.util.Arrays.fill(quality, -1);
    java.util.Arrays.fill(specificity, -1);
    int element = 0;
    for (String value : values) {
      int i = 0;
      int n = value.length();
      while (i < n && element < MAX_ELEMENTS) {
        int end = value.indexOf(',', i);
        if (end < 0) {
          end = n;
        }
        consider(value, i, end, element++, quality, specificity, position);
        i = end + 1;
      }
    }
    int top = 0;
    for (int q : quality) {
      top = Math.max(top, q);
    }
    if (top == 0 || quality[fallback.ordinal()] == top) {
      return fallback;
    }
    ErrorFormat best = fallback;
    int bestPosition = Integer.MAX_VALUE;
    for (ErrorFormat format : FORMATS) {
      int i = format.ordinal();
      if (quality[i] == top && position[i] < bestPosition) {
        best = format;
        bestPosition = position[i];
      }
    }
    return best;
  }

  private static void consider(
      String value, int from, int to, int element, int[] quality, int[] specificity, int[] position) {
    int semicolon = value.indexOf(';', from);
    int rangeEnd = semicolon >= 0 && semicolon < to ? semicolon : to;
    String range = value.substring(from, rangeEnd).strip().toLowerCase(java.util.Locale.ROOT);
    int slash = range.indexOf('/');
    if (slash <= 0 || slash == range.length() - 1) {
      return;
    }
    String type = range.substring(0, slash);
    String subtype = range.substring(slash + 1);
    if (type.equals("*") && !subtype.equals("*")) {
      return;
    }
    int q = 1000;
    boolean hasOtherParameters = false;
    int p = rangeEnd;
    while (p < to) {
      int next = value.indexOf(';', p + 1);
      int paramEnd = next >= 0 && next < to ? next : to;
      String parameter = value.substring(p + 1, paramEnd).strip();
      if (parameter.length() > 1 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
          && parameter.substring(1).strip().startsWith("=")) {
        q = qvalue(parameter.substring(parameter.indexOf('=') + 1).strip());
        if (q < 0) {
          return;
        }
        break;
      }
      if (!parameter.isEmpty()) {
        hasOtherParameters = true;
      }
      p = paramEnd;
    }
    for (ErrorFormat format : FORMATS) {
      int s = specificity(format, type, subtype, hasOtherParameters);
      int i = format.ordinal();
      if (s > specificity[i] || (s == specificity[i] && s >= 0 && q > quality[i])) {
        specificity[i] = s;
        quality[i] = q;
        position[i] = element;
      }
    }
  }

  private static int specificity(ErrorFormat format, String type, String subtype, boolean params) {
    String media = format.mediaType();
    int slash = media.indexOf('/');
    String fType = media.substring(0, slash);
    String fSubtype = media.substring(slash + 1);
    if (type.equals("*")) {
      return 0;
    }
    if (!type.equals(fType)) {
      return -1;
    }
    if (subtype.equals("*")) {
      return 1;
    }
    boolean exact = subtype.equals(fSubtype)
        || (format == ErrorFormat.PROBLEM_JSON && subtype.equals("json"));
    if (!exact) {
      return -1;
    }
    return params ? 3 : 2;
  }

  /** Parses a qvalue ({@code 0}, {@code 1}, {@code 0.5}...) into thousandths, or -1. */
  private static int qvalue(String text) {
    if (text.isEmpty() || text.length() > 5) {
      return -1;
    }
    char first = text.charAt(0);
    if (first != '0' && first != '1') {
      return -1;
    }
    int value = (first - '0') * 1000;
    if (text.length() > 1) {
      if (text.charAt(1) != '.') {
        return -1;
      }
      int scale = 100;
      for (int i = 2; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value += (c - '0') * scale;
        scale /= 10;
      }
    }
    return value > 1000 ? -1 : value;
  }
}
