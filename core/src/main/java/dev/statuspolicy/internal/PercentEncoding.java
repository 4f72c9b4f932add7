package dev.statuspolicy.internal;

/**
 * Percent-encoding by code point, as UTF-8 (RFC 3986 section 2.5). A surrogate pair is one code
 * point, written as its four bytes, and a lone surrogate, which UTF-8 cannot carry, is written as
 * U+FFFD REPLACEMENT CHARACTER. So the result is always ASCII and always decodes as UTF-8.
 */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Appends the percent-encoded UTF-8 bytes of the code point that starts at {@code index}.
   *
   * @param out where to append
   * @param text the text
   * @param index the index of a character of {@code text}
   * @return the index just after the code point: {@code index + 2} for a surrogate pair, else
   *     {@code index + 1}
   */
  public static int appendEscaped(StringBuilder out, String text, int index) {
    char c = text.charAt(index);
    int next = index + 1;
    int codePoint = c;
    if (Character.isHighSurrogate(c) && next < text.length()
        && Character.isLowSurrogate(text.charAt(next))) {
      codePoint = Character.toCodePoint(c, text.charAt(next));
      next++;
    } else if (Character.isSurrogate(c)) {
      codePoint = 0xFFFD;
    }
    if (codePoint < 0x80) {
      escape(out, codePoint);
    } else if (codePoint < 0x800) {
      escape(out, 0xC0 | codePoint >> 6);
      escape(out, 0x80 | codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      escape(out, 0xE0 | codePoint >> 12);
      escape(out, 0x80 | codePoint >> 6 & 0x3F);
      escape(out, 0x80 | codePoint & 0x3F);
    } else {
      escape(out, 0xF0 | codePoint >> 18);
      escape(out, 0x80 | codePoint >> 12 & 0x3F);
      escape(out, 0x80 | codePoint >> 6 & 0x3F);
      escape(out, 0x80 | codePoint & 0x3F);
    }
    return next;
  }

  private static void escape(StringBuilder out, int octet) {
    out.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
  }
}
