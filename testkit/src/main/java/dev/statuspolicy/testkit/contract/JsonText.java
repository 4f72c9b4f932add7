package dev.statuspolicy.testkit.contract;

/**
 * A strict reader of one JSON document (RFC 8259), just enough to prove that a problem body is
 * well formed, so that no request text broke out of its string, and to read its top-level
 * {@code status}. It builds no tree.
 */
final class JsonText {

  private final String text;
  private int at;
  private long status = -1;
  private int depth;

  private JsonText(String text) {
    this.text = text;
  }

  /**
   * Reads a document.
   *
   * @param text the document
   * @return the problem's top-level {@code status} member, or -1 when it has none
   * @throws IllegalArgumentException naming the offset, when the text is not one JSON value
   */
  static long status(String text) {
    JsonText reader = new JsonText(text);
    reader.space();
    reader.value();
    reader.space();
    if (reader.at != text.length()) {
      throw reader.broken("text after the document");
    }
    return reader.status;
  }

  private void value() {
    if (at >= text.length()) {
      throw broken("a value is missing");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void object() {
    depth++;
    at++;
    space();
    if (peek() == '}') {
      at++;
      depth--;
      return;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw broken("a member name is missing");
      }
      String name = string();
      space();
      expect(':');
      space();
      int start = at;
      value();
      if (depth == 1 && name.equals("status")) {
        try {
          status = Long.parseLong(text.substring(start, at));
        } catch (NumberFormatException notAnInteger) {
          throw broken("status is not an integer");
        }
      }
      space();
      if (peek() == ',') {
        at++;
        continue;
      }
      expect('}');
      depth--;
      return;
    }
  }

  private void array() {
    at++;
    space();
    if (peek() == ']') {
      at++;
      return;
    }
    while (true) {
      space();
      value();
      space();
      if (peek() == ',') {
        at++;
        continue;
      }
      expect(']');
      return;
    }
  }

  private String string() {
    StringBuilder out = new StringBuilder();
    at++;
    while (true) {
      if (at >= text.length()) {
        throw broken("a string is not closed");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw broken("a control character is not escaped");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && at < text.length()
            && Character.isLowSurrogate(text.charAt(at));
        if (!paired) {
          throw broken("a lone surrogate");
        }
        out.append(c).append(text.charAt(at++));
        continue;
      }
      if (c == '\\') {
        if (at >= text.length()) {
          throw broken("an escape is cut");
        }
        char e = text.charAt(at++);
        if (e == 'u') {
          if (at + 4 > text.length()) {
            throw broken("a \\u escape is cut");
          }
          for (int i = 0; i < 4; i++) {
            if (Character.digit(text.charAt(at + i), 16) < 0) {
              throw broken("a \\u escape is not hexadecimal");
            }
          }
          out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
          at += 4;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          out.append(e);
        } else {
          throw broken("an unknown escape");
        }
        continue;
      }
      out.append(c);
    }
  }

  private void number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else if (digits() == 0) {
      throw broken("not a value");
    }
    if (peek() == '.') {
      at++;
      if (digits() == 0) {
        throw broken("a fraction without digits");
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      if (digits() == 0) {
        throw broken("an exponent without digits");
      }
    }
    if (at == start) {
      throw broken("not a value");
    }
  }

  private int digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    return at - start;
  }

  private void word(String word) {
    if (!text.startsWith(word, at)) {
      throw broken("not a value");
    }
    at += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw broken("'" + c + "' expected");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException broken(String what) {
    return new IllegalArgumentException(what + " at offset " + at);
  }
}
