package dev.statuspolicy.reference;

import java.util.Map;

/**
 * Reads the JSON of the policy's own problem bodies back into {@link Json} values, so that the
 * generated documents can show each example body as a value and list its members. Strict
 * RFC 8259: anything else is refused.
 */
final class JsonReader {

  private final String text;
  private int at;

  private JsonReader(String text) {
    this.text = text;
  }

  /**
   * Reads one JSON value that fills the text, whitespace aside.
   *
   * @param text the JSON text
   * @return the value
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  static Json read(String text) {
    JsonReader reader = new JsonReader(text);
    Json value = reader.value();
    reader.space();
    if (reader.at != text.length()) {
      throw reader.fail("text after the value");
    }
    return value;
  }

  private Json value() {
    space();
    if (at >= text.length()) {
      throw fail("a value was expected");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> {
        return object();
      }
      case '[' -> {
        return array();
      }
      case '"' -> {
        return new Json.Str(string());
      }
      case 't' -> {
        return word("true", new Json.Bool(true));
      }
      case 'f' -> {
        return word("false", new Json.Bool(false));
      }
      case 'n' -> {
        return word("null", new Json.Null());
      }
      default -> {
        return number();
      }
    }
  }

  private Json.Obj object() {
    Json.Obj obj = new Json.Obj();
    at++;
    space();
    if (peek() == '}') {
      at++;
      return obj;
    }
    while (true) {
      space();
      if (peek() != '"') {
        throw fail("a member name was expected");
      }
      String name = string();
      space();
      expect(':');
      Map<String, Json> members = obj.members();
      if (members.containsKey(name)) {
        throw fail("member '" + name + "' given twice");
      }
      members.put(name, value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect('}');
        return obj;
      }
    }
  }

  private Json.Arr array() {
    Json.Arr arr = new Json.Arr();
    at++;
    space();
    if (peek() == ']') {
      at++;
      return arr;
    }
    while (true) {
      arr.add(value());
      space();
      if (peek() == ',') {
        at++;
      } else {
        expect(']');
        return arr;
      }
    }
  }

  private String string() {
    at++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (at >= text.length()) {
        throw fail("the string does not end");
      }
      char c = text.charAt(at++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw fail("a control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (at >= text.length()) {
        throw fail("the escape does not end");
      }
      char e = text.charAt(at++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw fail("a short \\u escape");
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
              throw fail("a \\u escape that is not hexadecimal");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          at += 4;
        }
        default -> throw fail("an unknown escape \\" + e);
      }
    }
  }

  private Json number() {
    int start = at;
    if (peek() == '-') {
      at++;
    }
    if (peek() == '0') {
      at++;
    } else {
      digits();
    }
    if (peek() == '.') {
      at++;
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      at++;
      if (peek() == '+' || peek() == '-') {
        at++;
      }
      digits();
    }
    return new Json.Num(text.substring(start, at));
  }

  private void digits() {
    int start = at;
    while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
      at++;
    }
    if (at == start) {
      throw fail("a digit was expected");
    }
  }

  private Json word(String word, Json value) {
    if (!text.startsWith(word, at)) {
      throw fail("'" + word + "' was expected");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail("'" + c + "' was expected");
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

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException("not JSON at offset " + at + ": " + what);
  }
}
