package dev.statuspolicy.internal.render;

/** Escaping for each body format. Everything taken from a request passes through here. */
public final class Escape {

  private Escape() {}

  /** Appends text as HTML character data or attribute value: {@code & < > " '} become entities. */
  public static StringBuilder html(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> appendVisible(out, text, i, c);
      }
    }
    return out;
  }

  /**
   * Returns text as the inside of a JSON string, escaped as {@link #json(StringBuilder, String)}
   * does: the text itself when nothing in it needs escaping, the common case.
   */
  static String json(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!isPlainJson(text.charAt(i))) {
        return json(new StringBuilder(length + 16), text).toString();
      }
    }
    return text;
  }

  /**
   * Appends text as the inside of a JSON string: quotes, backslashes and controls escaped, and
   * {@code < > &} and the JavaScript line separators too, so the JSON may sit inside a page.
   */
  static StringBuilder json(StringBuilder out, String text) {
    int length = text.length();
    int plain = 0;
    while (plain < length && isPlainJson(text.charAt(plain))) {
      plain++;
    }
    if (plain == length) {
      return out.append(text);
    }
    out.append(text, 0, plain);
    for (int i = plain; i < length; i++) {
      char c = text.charAt(i);
      if (isPlainJson(c)) {
        int end = i + 1;
        while (end < length && isPlainJson(text.charAt(end))) {
          end++;
        }
        out.append(text, i, end);
        i = end - 1;
        continue;
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> unicode(out, c);
        default -> {
          if (c < 0x20 || c == 0x7f) {
            unicode(out, c);
          } else if (Character.isSurrogate(c)) {
            i = surrogate(out, text, i, c);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  /**
   * Per ASCII character, whether it goes into a JSON string as it is: printable, and none of
   * {@code " \\ < > &}. One load per character instead of seven comparisons, since every
   * character of every error document's request-borne text passes here.
   */
  private static final boolean[] PLAIN_JSON = plainJson();

  private static boolean[] plainJson() {
    boolean[] plain = new boolean[0x80];
    for (char c = 0x20; c < 0x7f; c++) {
      plain[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&';
    }
    return plain;
  }

  private static boolean isPlainJson(char c) {
    return c < 0x80 && PLAIN_JSON[c];
  }

  /** Appends text for a plain-text body: controls that could drive a terminal become U+FFFD. */
  static StringBuilder text(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      appendVisible(out, text, i, text.charAt(i));
    }
    return out;
  }

  private static void appendVisible(StringBuilder out, String text, int i, char c) {
    if ((c < 0x20 && c != '\t') || (c >= 0x7f && c < 0xa0)) {
      out.append('\uFFFD');
    } else if (Character.isSurrogate(c) && !pairedAt(text, i)) {
      out.append('\uFFFD');
    } else {
      out.append(c);
    }
  }

  private static boolean pairedAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static int surrogate(StringBuilder out, String text, int i, char c) {
    if (Character.isHighSurrogate(c) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    out.append('\uFFFD');
    return i;
  }

  private static void unicode(StringBuilder out, char c) {
    out.append("\\u");
    String hex = Integer.toHexString(c);
    for (int pad = hex.length(); pad < 4; pad++) {
      out.append('0');
    }
    out.append(hex);
  }
}
