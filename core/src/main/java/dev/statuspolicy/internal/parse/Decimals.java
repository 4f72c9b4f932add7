package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.ParameterType;
import org.jspecify.annotations.Nullable;

/**
 * The integer and decimal grammars of the built-in parameter types, read over a range of a text
 * so that the query parser checks a value where it stands, without cutting it out first. {@link
 * ParameterType.IntegerType} and {@link ParameterType.FloatType} check whole strings with the
 * same methods, so both roads give the same answer.
 */
public final class Decimals {

  /** The reason for a value longer than {@link ParameterType#MAX_VALUE_LENGTH}. */
  private static final String TOO_LONG = "is too long";

  private static final String OUT_OF_RANGE = "is out of range";

  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  private Decimals() {}

  /**
   * Checks an integer, {@code [+-]?[0-9]+}, within bounds, as {@link ParameterType.IntegerType}
   * does.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param text the text holding the value
   * @param from the value's first character
   * @param to one past its last
   * @return null when valid, else the reason
   */
  public static @Nullable String rejectInteger(long min, long max, String text, int from, int to) {
    if (to - from > ParameterType.MAX_VALUE_LENGTH) {
      return TOO_LONG;
    }
    boolean negative = from < to && text.charAt(from) == '-';
    int start = signed(text, from, to) ? from + 1 : from;
    if (!allDigits(text, start, to)) {
      return "is not an integer";
    }
    // Accumulated as a negative number, whose range is the larger, as Long.parseLong does.
    long limit = negative ? Long.MIN_VALUE : -Long.MAX_VALUE;
    long lowest = limit / 10;
    long value = 0;
    for (int i = start; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (value < lowest) {
        return OUT_OF_RANGE;
      }
      value *= 10;
      if (value < limit + digit) {
        return OUT_OF_RANGE;
      }
      value -= digit;
    }
    long parsed = negative ? value : -value;
    return parsed < min || parsed > max ? OUT_OF_RANGE : null;
  }

  /**
   * Checks a decimal number, {@code [+-]?[0-9]+(\.[0-9]+)?}, within bounds, as {@link
   * ParameterType.FloatType} does.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @param text the text holding the value
   * @param from the value's first character
   * @param to one past its last
   * @return null when valid, else the reason
   */
  public static @Nullable String rejectDecimal(double min, double max, String text, int from, int to) {
    if (to - from > ParameterType.MAX_VALUE_LENGTH) {
      return TOO_LONG;
    }
    double parsed = parse(text, from, to);
    if (Double.isNaN(parsed)) {
      return "is not a decimal number";
    }
    return parsed < min || parsed > max ? OUT_OF_RANGE : null;
  }

  /**
   * Parses a value of the decimal grammar.
   *
   * @param text the text holding the value
   * @param from the value's first character
   * @param to one past its last
   * @return the number, or NaN when the range does not follow the grammar or is longer than
   *     {@link ParameterType#MAX_VALUE_LENGTH}
   */
  public static double parse(String text, int from, int to) {
    if (to - from > ParameterType.MAX_VALUE_LENGTH) {
      return Double.NaN;
    }
    int start = signed(text, from, to) ? from + 1 : from;
    // One pass: the grammar checked, the digits summed. Exact fast path (Clinger) below: up to
    // 15 significant digits and 22 decimals, one correctly rounded division. Leading zeros add
    // nothing to the mantissa, so they neither count nor limit the path.
    long mantissa = 0;
    int digits = 0;
    int dot = -1;
    for (int i = start; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        mantissa = mantissa * 10 + (c - '0');
        // Non-zero from the first significant digit on (overflow could only zero it long after
        // the 15th), so this counts the significant digits.
        if (mantissa != 0) {
          digits++;
        }
      } else if (c == '.' && dot < 0 && i > start) {
        dot = i;
      } else {
        return Double.NaN;
      }
    }
    if (start >= to || dot == to - 1) {
      // no digit at all, or none after the point
      return Double.NaN;
    }
    int decimals = dot < 0 ? 0 : to - dot - 1;
    if (digits <= 15 && decimals <= 22) {
      double magnitude = (double) mantissa / POWERS[decimals];
      return text.charAt(from) == '-' ? -magnitude : magnitude;
    }
    return Double.parseDouble(text.substring(from, to));
  }

  /**
   * Returns the number of decimals of a value of the decimal grammar.
   *
   * @param text the text holding a value that {@link #parse} accepts
   * @param from the value's first character
   * @param to one past its last
   * @return the digits after the point; 0 when there is no point
   */
  public static int decimals(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return to - i - 1;
      }
    }
    return 0;
  }

  private static boolean signed(String text, int from, int to) {
    return from < to && (text.charAt(from) == '+' || text.charAt(from) == '-');
  }

  /**
   * Returns whether the range holds at least one character and only ASCII digits.
   *
   * @param text the text
   * @param from the range's first character
   * @param to one past its last
   * @return whether every character from {@code from} to {@code to} is {@code 0} to {@code 9}
   */
  public static boolean allDigits(String text, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
