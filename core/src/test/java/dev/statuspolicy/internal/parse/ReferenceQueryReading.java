package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.request.ParameterError;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query parser's contract read the plainest way, as the parser worked before it checked
 * values where they stand: split on {@code &}, cut each value out, decode it, then ask the type.
 * Slow and obvious on purpose; the parser must give the same values and errors.
 */
final class ReferenceQueryReading {

  /** What the parser's contract says a query holds. */
  record Reading(Map<String, String> values, List<ParameterError> errors) {}

  private static final int MAX_RAW_VALUE = ParameterType.MAX_VALUE_LENGTH * 3 + 16;

  private ReferenceQueryReading() {}

  static Reading read(String query, Endpoint endpoint) {
    Map<String, String> firstRaw = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String rawName = eq < 0 ? pair : pair.substring(0, eq);
      String name = rawName.indexOf('%') < 0 ? rawName : wellFormed(rawName) ? decode(rawName) : null;
      if (name == null) {
        continue;
      }
      firstRaw.putIfAbsent(name, eq < 0 ? "" : pair.substring(eq + 1));
      seen.merge(name, 1, Integer::sum);
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<ParameterError> errors = new ArrayList<>();
    for (ParameterSpec spec : endpoint.parameters()) {
      String name = spec.name();
      String raw = firstRaw.get(name);
      String expected = " (expected " + spec.type().describe() + ")";
      if (raw == null) {
        if (spec.required()) {
          errors.add(new ParameterError(name, "", "is required" + expected));
        }
      } else if (seen.get(name) > 1) {
        errors.add(new ParameterError(name, raw, "is given " + seen.get(name) + " times; give it once"));
      } else if (raw.length() > MAX_RAW_VALUE) {
        errors.add(new ParameterError(name, raw, "is too long"));
      } else if (raw.indexOf('%') >= 0 && !wellFormed(raw)) {
        errors.add(new ParameterError(name, raw, "has a malformed percent-escape"));
      } else {
        String decoded = decode(raw);
        if (decoded == null) {
          errors.add(new ParameterError(name, raw, "is not valid UTF-8"));
        } else {
          String reason;
          try {
            reason = spec.type().reject(decoded);
          } catch (RuntimeException failed) {
            reason = "could not be checked";
          }
          if (reason == null) {
            values.put(name, decoded);
          } else {
            errors.add(new ParameterError(name, decoded, reason + expected));
          }
        }
      }
    }
    return new Reading(values, errors);
  }

  /** Every {@code %} followed by two hexadecimal digits, as {@link Character#digit} reads them. */
  private static boolean wellFormed(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '%') {
        if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
            || Character.digit(raw.charAt(i + 2), 16) < 0) {
          return false;
        }
        i += 2;
      }
    }
    return true;
  }

  /** Percent-decodes strictly as UTF-8; null for a lone surrogate or bytes that are not UTF-8. */
  private static @Nullable String decode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); ) {
      if (raw.charAt(i) == '%') {
        bytes.write(Character.digit(raw.charAt(i + 1), 16) * 16 + Character.digit(raw.charAt(i + 2), 16));
        i += 3;
      } else {
        int codePoint = raw.codePointAt(i);
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
          return null;
        }
        bytes.writeBytes(new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(codePoint);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return null;
    }
  }
}
