package dev.statuspolicy.internal.parse;

import dev.statuspolicy.decision.ErrorFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chooses an error format from {@code Accept} (RFC 9110 section 12.5.1). Never throws, and never
 * leads to a 406: when the client accepts none of the formats, the policy's default is sent, as
 * RFC 9110 allows ("disregard the header field").
 *
 * <p>How a format is rated: every media range that matches it is a candidate, and the most
 * specific one gives the format its quality. From least to most specific: {@code *}{@code /*},
 * {@code type/*}, {@code application/json} (which counts for problem details), the exact media
 * type; a range with a {@code charset=utf-8} parameter is more specific than the same range
 * without one. A range with any other parameter ({@code text/html;level=1}, or another charset)
 * describes a representation we never send, so it matches nothing. Ranges that do not parse
 * (garbage, bad {@code q} values) are skipped; {@code q} values are read to three decimals.
 *
 * <p>How the winner is picked among formats of positive quality: the highest quality; then a
 * format named by its own range beats one reached through a wildcard, so that {@code
 * application/json, *}{@code /*} gives JSON; then the policy's default; then the range listed
 * first. No header, or nothing acceptable, gives the
 * default. At most {@value #MAX_ELEMENTS} ranges are read, so the work stays bounded.
 */
public final class AcceptNegotiation {

  private static final ErrorFormat[] FORMATS = ErrorFormat.values();
  private static final int MAX_ELEMENTS = 64;

  /** Specificity of a media range against a format; -1 means the range does not match it. */
  private static final int NO_MATCH = -1;
  private static final int ANY = 0;
  private static final int ANY_SUBTYPE = 2;
  private static final int ALIAS = 4;
  private static final int EXACT = 6;

  /** Longest single {@code Accept} value whose choice is remembered. */
  private static final int MAX_REMEMBERED = 128;

  /**
   * Recent choices for a single {@code Accept} value, by hash. Entries are immutable and replaced
   * whole, so a racing reader sees a complete entry and checks it is for its value and default.
   */
  private static final Remembered[] REMEMBERED = new Remembered[16];

  /** One remembered choice. */
  private record Remembered(String accept, ErrorFormat fallback, ErrorFormat format) {}

  private AcceptNegotiation() {}

  /**
   * Chooses the format.
   *
   * @param values the received {@code Accept} field values, in order; may be empty
   * @param fallback the policy's default
   * @return the chosen format
   */
  public static ErrorFormat choose(List<String> values, ErrorFormat fallback) {
    if (values.isEmpty()) {
      return fallback;
    }
    if (values.size() == 1) {
      String value = values.get(0);
      if (value.length() > MAX_REMEMBERED) {
        return rate(values, fallback);
      }
      int slot = (value.hashCode() ^ fallback.ordinal()) & (REMEMBERED.length - 1);
      Remembered remembered = REMEMBERED[slot];
      if (remembered != null && remembered.fallback == fallback && remembered.accept.equals(value)) {
        return remembered.format;
      }
      ErrorFormat format = rate(values, fallback);
      REMEMBERED[slot] = new Remembered(value, fallback, format);
      return format;
    }
    return rate(values, fallback);
  }

  private static ErrorFormat rate(List<String> values, ErrorFormat fallback) {
    Ratings ratings = new Ratings();
    for (String value : values) {
      int at = 0;
      while (at < value.length() && ratings.elements < MAX_ELEMENTS) {
        at = element(value, at, ratings);
      }
    }
    return ratings.winner(fallback);
  }

  /** The best candidate range found so far for each format. */
  private static final class Ratings {
    final int[] quality = {-1, -1, -1};
    final int[] specificity = {NO_MATCH, NO_MATCH, NO_MATCH};
    final int[] position = new int[FORMATS.length];
    int elements;

    void offer(String type, String subtype, int params, int q) {
      for (ErrorFormat format : FORMATS) {
        int s = specificity(format, type, subtype);
        if (s == NO_MATCH) {
          continue;
        }
        s += params;
        int i = format.ordinal();
        if (s > specificity[i] || (s == specificity[i] && q > quality[i])) {
          specificity[i] = s;
          quality[i] = q;
          position[i] = elements;
        }
      }
    }

    ErrorFormat winner(ErrorFormat fallback) {
      @Nullable ErrorFormat best = null;
      for (ErrorFormat format : FORMATS) {
        int i = format.ordinal();
        if (quality[i] <= 0) {
          continue;
        }
        if (best == null || beats(format, best, fallback)) {
          best = format;
        }
      }
      return best == null ? fallback : best;
    }

    private boolean beats(ErrorFormat a, ErrorFormat b, ErrorFormat fallback) {
      int i = a.ordinal();
      int j = b.ordinal();
      if (quality[i] != quality[j]) {
        return quality[i] > quality[j];
      }
      if (named(specificity[i]) != named(specificity[j])) {
        return named(specificity[i]);
      }
      if (a == fallback || b == fallback) {
        return a == fallback;
      }
      return position[i] < position[j];
    }
  }

  /**
   * Returns whether the range named the format's type and subtype (exactly, or as {@code
   * application/json}), rather than through a wildcard. Between formats only this counts: the
   * alias and a charset parameter rank a range within one format, not across formats.
   */
  private static boolean named(int specificity) {
    return specificity >= ALIAS;
  }

  /**
   * Reads one list element starting at {@code from}, offers it to the ratings when it parses,
   * and returns where the next element starts.
   */
  private static int element(String value, int from, Ratings ratings) {
    int n = value.length();
    int at = skipSpace(value, from);
    int typeStart = at;
    at = token(value, at);
    String type = value.substring(typeStart, at);
    boolean ok = !type.isEmpty() && at < n && value.charAt(at) == '/';
    String subtype = "";
    if (ok) {
      int subtypeStart = ++at;
      at = token(value, at);
      subtype = value.substring(subtypeStart, at);
      ok = !subtype.isEmpty() && !(type.equals("*") && !subtype.equals("*"));
    }
    int params = 0;
    int q = 1000;
    boolean weighted = false;
    while (ok) {
      at = skipSpace(value, at);
      if (at >= n || value.charAt(at) == ',') {
        break;
      }
      if (value.charAt(at) != ';') {
        ok = false;
        break;
      }
      at = skipSpace(value, at + 1);
      if (at >= n || value.charAt(at) == ',') {
        break; // a trailing ';' is tolerated
      }
      int nameStart = at;
      at = token(value, at);
      String name = value.substring(nameStart, at);
      if (name.isEmpty() || at >= n || value.charAt(at) != '=') {
        ok = false;
        break;
      }
      at++;
      String parameterValue;
      if (at < n && value.charAt(at) == '"') {
        StringBuilder unquoted = new StringBuilder();
        at = quoted(value, at, unquoted);
        if (at < 0) {
          return n; // an unterminated quoted string swallows the rest of the field value
        }
        parameterValue = unquoted.toString();
      } else {
        int valueStart = at;
        at = token(value, at);
        parameterValue = value.substring(valueStart, at);
        if (parameterValue.isEmpty()) {
          ok = false;
          break;
        }
      }
      if (weighted) {
        continue; // nothing after the weight counts
      }
      if (name.equalsIgnoreCase("q")) {
        q = qvalue(parameterValue);
        weighted = true;
        ok = q >= 0;
      } else if (name.equalsIgnoreCase("charset") && parameterValue.equalsIgnoreCase("utf-8")) {
        params = 1;
      } else {
        ok = false; // a parameter our representations never carry: the range matches nothing
      }
    }
    if (ok) {
      ratings.offer(type.toLowerCase(java.util.Locale.ROOT),
          subtype.toLowerCase(java.util.Locale.ROOT), params, q);
    }
    ratings.elements++;
    return nextElement(value, at);
  }

  /** Returns the index after the next top-level comma, skipping quoted strings. */
  private static int nextElement(String value, int from) {
    int n = value.length();
    int at = from;
    while (at < n) {
      char c = value.charAt(at);
      if (c == ',') {
        return at + 1;
      }
      if (c == '"') {
        int end = quoted(value, at, null);
        if (end < 0) {
          return n;
        }
        at = end;
      } else {
        at++;
      }
    }
    return n;
  }

  /**
   * Reads a quoted string starting at the opening quote; returns the index after the closing
   * quote, or -1 when it is not terminated. Appends the unescaped content when {@code out} is set.
   */
  private static int quoted(String value, int open, @Nullable StringBuilder out) {
    int n = value.length();
    int at = open + 1;
    while (at < n) {
      char c = value.charAt(at);
      if (c == '"') {
        return at + 1;
      }
      if (c == '\\' && at + 1 < n) {
        at++;
        c = value.charAt(at);
      }
      if (out != null) {
        out.append(c);
      }
      at++;
    }
    return -1;
  }

  private static int specificity(ErrorFormat format, String type, String subtype) {
    String media = format.mediaType();
    int slash = media.indexOf('/');
    if (type.equals("*")) {
      return ANY;
    }
    if (!media.regionMatches(0, type, 0, slash) || type.length() != slash) {
      return NO_MATCH;
    }
    if (subtype.equals("*")) {
      return ANY_SUBTYPE;
    }
    if (media.regionMatches(slash + 1, subtype, 0, subtype.length())
        && media.length() - slash - 1 == subtype.length()) {
      return EXACT;
    }
    return format == ErrorFormat.PROBLEM_JSON && subtype.equals("json") ? ALIAS : NO_MATCH;
  }

  /** Returns the index of the first character at or after {@code at} that is not a token char. */
  private static int token(String value, int at) {
    int n = value.length();
    while (at < n && isTokenChar(value.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
  }

  private static int skipSpace(String value, int at) {
    int n = value.length();
    while (at < n && (value.charAt(at) == ' ' || value.charAt(at) == '\t')) {
      at++;
    }
    return at;
  }

  /** Parses a qvalue ({@code 0}, {@code 1}, {@code 0.5}, {@code 1.000}) into thousandths, or -1. */
  static int qvalue(String text) {
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
