package dev.statuspolicy.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value, as the generated documents are built: objects keep their members in the order
 * they were put, so that a document is written the same way every time.
 */
sealed interface Json {

  /** An object; members keep their insertion order. */
  record Obj(Map<String, Json> members) implements Json {

    Obj() {
      this(new LinkedHashMap<>());
    }

    /** Puts a member, replacing any of the same name, and returns this object. */
    Obj put(String name, Json value) {
      members.put(name, value);
      return this;
    }

    Obj put(String name, String value) {
      return put(name, new Str(value));
    }

    Obj put(String name, long value) {
      return put(name, new Num(Long.toString(value)));
    }

    Obj put(String name, boolean value) {
      return put(name, new Bool(value));
    }
  }

  /** An array. */
  record Arr(List<Json> items) implements Json {

    Arr() {
      this(new ArrayList<>());
    }

    static Arr of(List<String> strings) {
      Arr arr = new Arr();
      for (String text : strings) {
        arr.items().add(new Str(text));
      }
      return arr;
    }

    Arr add(Json item) {
      items.add(item);
      return this;
    }
  }

  /** A string, unescaped. */
  record Str(String value) implements Json {}

  /** A number, as its JSON text. */
  record Num(String text) implements Json {}

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Json {}

  /** {@code null}. */
  record Null() implements Json {}

  /** Returns the value as indented JSON text (two spaces per level), ending in a line break. */
  static String write(Json value) {
    StringBuilder out = new StringBuilder(65_536);
    write(out, value, 0);
    return out.append('\n').toString();
  }

  private static void write(StringBuilder out, Json value, int depth) {
    if (value instanceof Obj obj) {
      if (obj.members().isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Json> member : obj.members().entrySet()) {
        out.append(first ? "\n" : ",\n");
        first = false;
        indent(out, depth + 1);
        string(out, member.getKey()).append(": ");
        write(out, member.getValue(), depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append('}');
    } else if (value instanceof Arr arr) {
      if (arr.items().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < arr.items().size(); i++) {
        out.append(i == 0 ? "\n" : ",\n");
        indent(out, depth + 1);
        write(out, arr.items().get(i), depth + 1);
      }
      out.append('\n');
      indent(out, depth);
      out.append(']');
    } else if (value instanceof Str str) {
      string(out, str.value());
    } else if (value instanceof Num num) {
      out.append(num.text());
    } else if (value instanceof Bool bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }

  private static void indent(StringBuilder out, int depth) {
    out.append("  ".repeat(depth));
  }

  /** Writes a JSON string: quotes, backslashes and control characters escaped, the rest as is. */
  static StringBuilder string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean lone = Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
          if (c < 0x20 || c == 0x2028 || c == 0x2029 || lone) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }
}
