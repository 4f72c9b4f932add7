package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.request.Parameters;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a raw query string against an endpoint's parameter specs, in one pass over the string.
 *
 * <p>Pairs are split on {@code &} only ({@code ;} is not a separator); a pair without {@code =}
 * has an empty value. {@code +} is a literal plus, as RFC 3986 has it, so offsets such as
 * {@code +01:00} arrive intact. Values are percent-decoded as UTF-8, strictly. Undeclared
 * parameters are ignored. Every error is collected, in declaration order: missing, repeated,
 * malformed escapes, bytes that are not UTF-8, values too long, and the type's own rejections.
 * Never throws; the work is linear in the length of the query.
 */
public final class QueryParser {

  /** Raw values longer than this are rejected without decoding: no built-in type needs more. */
  private static final int MAX_RAW_VALUE = ParameterType.MAX_VALUE_LENGTH * 3 + 16;

  private QueryParser() {}

  /**
   * Parses the query.
   *
   * @param query the raw query, without {@code ?}
   * @param endpoint the endpoint whose parameters to read
   * @return the values and errors
   */
  public static Parameters parse(String query, Endpoint endpoint) {
    List<ParameterSpec> specs = endpoint.parameters();
    int count = specs.size();
    if (count == 0) {
      return Parameters.none();
    }
    // Holds each declared parameter's first raw value as a range of the query (its start plus
    // one, so that 0 means absent, then its end), until the second pass accepts or clears it.
    // Repeats are rare: they get a count array only when they happen.
    int[] bounds = new int[count << 1];
    // Only values that had to be decoded (or whose type is not a number) are kept as strings:
    // most queries need no array for them.
    @Nullable String[] values = null;
    int[] repeats = null;
    // Most queries hold no escape at all: one search says so, and spares every name and value
    // its own.
    boolean escapes = query.indexOf('%') >= 0;
    int hint = 0;
    int length = query.length();
    int pos = 0;
    while (pos < length) {
      int amp = query.indexOf('&', pos);
      int end = amp < 0 ? length : amp;
      // The '=' is looked for within this pair only: searching on past its end would make a
      // query of many pairs without '=' cost the square of its length.
      int nameEnd = pos;
      while (nameEnd < end && query.charAt(nameEnd) != '=') {
        nameEnd++;
      }
      // An empty pair (as in "a=1&&b=2") finds no spec, since no parameter name is empty.
      int index = specIndex(specs, query, pos, nameEnd, hint, escapes);
      if (index >= 0) {
        hint = index + 1 == count ? 0 : index + 1;
        if (bounds[index << 1] == 0) {
          bounds[index << 1] = (nameEnd < end ? nameEnd + 1 : end) + 1;
          bounds[(index << 1) + 1] = end;
        } else {
          if (repeats == null) {
            repeats = new int[count];
          }
          repeats[index]++;
        }
      }
      pos = end + 1;
    }
    List<ParameterError> errors = null;
    for (int i = 0; i < count; i++) {
      ParameterSpec spec = specs.get(i);
      ParameterError error = null;
      int from = bounds[i << 1] - 1;
      int to = bounds[(i << 1) + 1];
      if (from < 0) {
        if (spec.required()) {
          error = new ParameterError(spec.name(), "", "is required (expected " + spec.type().describe() + ")");
        }
      } else {
        int seen = 1 + (repeats == null ? 0 : repeats[i]);
        if (seen > 1) {
          error = new ParameterError(spec.name(), query.substring(from, to), "is given " + seen + " times; give it once");
        } else if (to - from > MAX_RAW_VALUE) {
          error = new ParameterError(spec.name(), query.substring(from, to), "is too long");
        } else {
          Object checked = check(spec, query, from, to, escapes);
          if (checked instanceof ParameterError rejected) {
            error = rejected;
          } else if (checked instanceof String decoded) {
            if (values == null) {
              values = new String[count];
            }
            values[i] = decoded;
          }
        }
        if (error != null) {
          bounds[i << 1] = 0;
        }
      }
      if (error != null) {
        if (errors == null) {
          errors = new ArrayList<>(2);
        }
        errors.add(error);
      }
    }
    return new Parameters(new ParameterValues(specs, query, bounds, values),
        errors == null ? List.of() : errors);
  }

  /**
   * Checks the raw value from {@code from} to {@code to} of the query. A value of a built-in
   * number type that needs no decoding is checked where it stands; any other is decoded first.
   *
   * @return null when the value is accepted where it stands; the decoded value (a {@link String})
   *     when it is accepted as decoded; else the {@link ParameterError}
   */
  private static @Nullable Object check(ParameterSpec spec, String query, int from, int to,
      boolean escapes) {
    ParameterType type = spec.type();
    boolean number = type instanceof ParameterType.FloatType || type instanceof ParameterType.IntegerType;
    @Nullable String known = null;
    if (!escapes && number) {
      // a valid number is ASCII digits, sign and point: no escape, no surrogate, nothing to
      // decode; a rejected one is still scanned below, since a lone surrogate has its own error
      known = numberReason(type, query, from, to);
      if (known == null) {
        return null;
      }
    }
    boolean escaped = false;
    boolean surrogates = false;
    for (int i = from; i < to; i++) {
      char c = query.charAt(i);
      if (c == '%') {
        escaped = true;
      } else if (Character.isSurrogate(c)) {
        surrogates = true;
      }
    }
    if (!escaped && !surrogates) {
      if (!number) {
        return accepted(spec, query.substring(from, to));
      }
      String reason = known != null ? known : numberReason(type, query, from, to);
      return reason == null ? null : new ParameterError(spec.name(), query.substring(from, to),
          reason + " (expected " + type.describe() + ")");
    }
    String raw = query.substring(from, to);
    String decoded;
    if (!escaped) {
      if (hasLoneSurrogate(raw)) {
        // a host that decoded the target itself may pass one: no UTF-8 byte sequence means it
        return new ParameterError(spec.name(), raw, "is not valid UTF-8");
      }
      decoded = raw;
    } else {
      if (!escapesWellFormed(raw)) {
        return new ParameterError(spec.name(), raw, "has a malformed percent-escape");
      }
      decoded = decode(raw);
      if (decoded == null) {
        return new ParameterError(spec.name(), raw, "is not valid UTF-8");
      }
    }
    return accepted(spec, decoded);
  }

  /** Checks a value of a built-in number type where it stands: null when valid, else the reason. */
  private static @Nullable String numberReason(ParameterType type, String query, int from, int to) {
    if (type instanceof ParameterType.FloatType decimal) {
      return Decimals.rejectDecimal(decimal.min(), decimal.max(), query, from, to);
    }
    ParameterType.IntegerType integer = (ParameterType.IntegerType) type;
    return Decimals.rejectInteger(integer.min(), integer.max(), query, from, to);
  }

  /** Checks a decoded value against its type: the value when accepted, else the error. */
  private static Object accepted(ParameterSpec spec, String decoded) {
    String reason;
    try {
      reason = spec.type().reject(decoded);
    } catch (RuntimeException typeFailed) {
      reason = "could not be checked";
    }
    if (reason != null) {
      return new ParameterError(spec.name(), decoded, reason + " (expected " + spec.type().describe() + ")");
    }
    return decoded;
  }

  /**
   * Returns the index of the spec named by the query from {@code from} to {@code to}, or -1.
   * {@code escapes} says whether the query holds a {@code %} anywhere.
   */
  private static int specIndex(List<ParameterSpec> specs, String query, int from, int to, int hint,
      boolean escapes) {
    boolean escaped = false;
    for (int i = from; escapes && i < to; i++) {
      if (query.charAt(i) == '%') {
        escaped = true;
        break;
      }
    }
    String name = null;
    if (escaped) {
      if (to - from > MAX_RAW_VALUE) {
        return -1;
      }
      String raw = query.substring(from, to);
      if (!escapesWellFormed(raw)) {
        return -1;
      }
      name = decode(raw);
      if (name == null) {
        return -1;
      }
    }
    // Names are unique, so the search may start anywhere: it starts after the last match, which
    // makes a query that follows the declaration order cost one comparison per pair.
    int count = specs.size();
    for (int k = 0, i = hint; k < count; k++, i = i + 1 == count ? 0 : i + 1) {
      String wanted = specs.get(i).name();
      boolean match = name != null
          ? name.equals(wanted)
          : to - from == wanted.length() && query.startsWith(wanted, from);
      if (match) {
        return i;
      }
    }
    return -1;
  }

  /** Returns whether every {@code %} of the text starts an escape of two hexadecimal digits. */
  private static boolean escapesWellFormed(String raw) {
    for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 3)) {
      if (i + 2 >= raw.length()
          || hex(raw.charAt(i + 1)) < 0
          || hex(raw.charAt(i + 2)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the value of an ASCII hexadecimal digit, or -1: RFC 3986's HEXDIG is ASCII only, so a
   * fullwidth or other non-ASCII digit does not make an escape.
   */
  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** Returns whether the text holds a surrogate that is not half of a pair. */
  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Percent-decodes text whose escapes are well formed, strictly as UTF-8. Characters that
   * arrive unescaped are taken by code point: a surrogate pair is one character outside the
   * BMP, and a lone surrogate is not UTF-8.
   *
   * @param raw text whose every {@code %} starts two hexadecimal digits, as {@link
   *     #escapesWellFormed} checked
   * @return the decoded text, or null when the bytes are not UTF-8
   */
  private static @Nullable String decode(String raw) {
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 3);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes.put((byte) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
        i += 2;
      } else if (c < 0x80) {
        bytes.put((byte) c);
      } else if (Character.isHighSurrogate(c) && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        bytes.put(raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
        i++;
      } else if (Character.isSurrogate(c)) {
        return null;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes);
      return chars.toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}
