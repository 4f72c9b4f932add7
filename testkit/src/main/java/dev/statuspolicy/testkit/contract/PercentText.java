package dev.statuspolicy.testkit.contract;

import java.nio.charset.StandardCharsets;

/** Percent-encodes text as UTF-8, every byte but unreserved ones, as a careful client would. */
final class PercentText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentText() {}

  static String encode(String text) {
    StringBuilder out = new StringBuilder(text.length() * 3);
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~';
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
