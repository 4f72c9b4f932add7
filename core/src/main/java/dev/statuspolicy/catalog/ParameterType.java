package dev.statuspolicy.catalog;

import dev.statuspolicy.internal.parse.Decimals;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a parameter value must look like. The built-in types follow MET's documented grammars;
 * product teams may add their own. An implementation must be immutable and thread-safe, and
 * {@link #reject} must not throw for any string.
 */
public interface ParameterType {

  /** Longest value any built-in type inspects; longer values are rejected before parsing. */
  int MAX_VALUE_LENGTH = 64;

  /**
   * Checks a value, already percent-decoded.
   *
   * @param value the value; never null, possibly empty or hostile
   * @return null when the value is valid, otherwise the reason, phrased to follow "the value",
   *     such as {@code "is not an integer"}
   */
  @Nullable String reject(String value);

  /**
   * {@return what a valid value looks like, for people, such as {@code "a float from -90 to
   * 90"}}
   */
  String describe();

  /**
   * Returns the grammar of a valid value, as a regular expression that every value {@link #reject}
   * accepts matches in full. It may be looser than the type (ranges and calendar rules are the
   * type's to check), never stricter. It uses only the syntax that Java and ECMAScript read alike,
   * so it can stand in an OpenAPI document, and {@code PolicyContract} in the test kit checks that
   * the type keeps to it.
   *
   * @return the expression, without anchors, such as {@code [+-]?[0-9]+}
   */
  String pattern();

  /**
   * Returns valid values: {@link #reject} accepts each one. The test kit builds requests from them
   * and the reference shows them, so they should include the bounds where the type has some.
   *
   * @return at least one value
   */
  List<String> examples();

  /**
   * Returns the integer type: {@code [+-]?\d+}, within {@code [min, max]}.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   * @return the integer type
   * @throws IllegalArgumentException if {@code min > max}
   */
  static ParameterType integer(long min, long max) {
    return new IntegerType(min, max);
  }

  /**
   * Returns the float type: {@code [+-]?\d+(\.\d+)?}, within {@code [min, max]}.
   *
   * @param min the smallest value allowed; finite
   * @param max the largest value allowed; finite
   * @return the float type
   * @throws IllegalArgumentException if {@code min > max} or a bound is not finite
   */
  static ParameterType decimal(double min, double max) {
    return new FloatType(min, max);
  }

  /** {@return the string type: a letter, then letters, digits or {@code _}} */
  static ParameterType string() {
    return new StringType();
  }

  /** {@return the UTC date-time type: {@code YYYY-MM-DDTHH:MM:SSZ}} */
  static ParameterType dateTime() {
    return new DateTimeType();
  }

  /** {@return the date type: {@code YYYY-MM-DD}} */
  static ParameterType date() {
    return new DateType();
  }

  /**
   * Returns the UTC-offset type: {@code +HH:MM} or {@code -HH:MM}, within the bounds.
   *
   * @param minMinutes the most negative offset in minutes, such as -720 for -12:00
   * @param maxMinutes the most positive offset in minutes, such as 900 for +15:00
   * @return the offset type
   * @throws IllegalArgumentException if {@code minMinutes > maxMinutes}
   */
  static ParameterType offset(int minMinutes, int maxMinutes) {
    return new OffsetType(minMinutes, maxMinutes);
  }

  /**
   * Returns an enumeration of allowed values, compared exactly.
   *
   * @param values the allowed values, at least one
   * @return the enumeration
   * @throws IllegalArgumentException if {@code values} is empty
   */
  static ParameterType oneOf(String... values) {
    return new EnumType(List.of(values));
  }

  /**
   * A whole number, {@code [+-]?\d+}, within bounds.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   */
  record IntegerType(long min, long max) implements ParameterType {
    /**
     * Validates the bounds.
     *
     * @param min the smallest value allowed
     * @param max the largest value allowed; at least {@code min}
     * @throws IllegalArgumentException if {@code min > max}
     */
    public IntegerType {
      if (min > max) {
        throw new IllegalArgumentException("min (" + min + ") must not exceed max (" + max + ")");
      }
    }

    @Override
    public @Nullable String reject(String value) {
      return Decimals.rejectInteger(min, max, value, 0, value.length());
    }

    @Override
    public String describe() {
      return "an integer from " + min + " to " + max;
    }

    @Override
    public String pattern() {
      return "[+-]?[0-9]+";
    }

    @Override
    public List<String> examples() {
      return distinct(Long.toString(min), Long.toString(max), Long.toString(min / 2 + max / 2));
    }
  }

  /**
   * A decimal number, {@code [+-]?\d+(\.\d+)?}, within bounds. Exponents, {@code NaN} and
   * infinities are not numbers here.
   *
   * @param min the smallest value allowed
   * @param max the largest value allowed
   */
  record FloatType(double min, double max) implements ParameterType {
    /**
     * Validates the bounds.
     *
     * @param min the smallest value allowed; finite
     * @param max the largest value allowed; finite, at least {@code min}
     * @throws IllegalArgumentException if {@code min > max} or a bound is not finite
     */
    public FloatType {
      if (!Double.isFinite(min) || !Double.isFinite(max) || min > max) {
        throw new IllegalArgumentException(
            "bounds must be finite with min <= max, were " + min + " and " + max);
      }
    }

    @Override
    public @Nullable String reject(String value) {
      return Decimals.rejectDecimal(min, max, value, 0, value.length());
    }

    @Override
    public String describe() {
      return "a decimal number from " + plain(min) + " to " + plain(max);
    }

    @Override
    public String pattern() {
      return "[+-]?[0-9]+(\\.[0-9]+)?";
    }

    @Override
    public List<String> examples() {
      return distinct(written(min), written(max), written(min / 2 + max / 2));
    }

    /**
     * Parses a value of the float grammar.
     *
     * @param value the text
     * @return the number, or NaN when the text does not follow the grammar
     */
    public static double parse(String value) {
      return Decimals.parse(value, 0, value.length());
    }

    /**
     * Returns the number of decimals of a value of the float grammar.
     *
     * @param value a value that {@link #parse} accepts
     * @return the digits after the point; 0 when there is no point
     */
    public static int decimals(String value) {
      return Decimals.decimals(value, 0, value.length());
    }

    private static String written(double value) {
      return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String plain(double bound) {
      return bound == Math.rint(bound) ? Long.toString((long) bound) : Double.toString(bound);
    }
  }

  /** A word: a letter, then letters, digits or {@code _}. */
  record StringType() implements ParameterType {
    @Override
    public @Nullable String reject(String value) {
      if (value.length() > MAX_VALUE_LENGTH) {
        return "is too long";
      }
      return isIdentifier(value) ? null : "is not a word of letters, digits and _ starting with a letter";
    }

    @Override
    public String describe() {
      return "a letter followed by letters, digits or _";
    }

    @Override
    public String pattern() {
      return "[A-Za-z][A-Za-z0-9_]*";
    }

    @Override
    public List<String> examples() {
      return List.of("europe", "North_Sea2");
    }

    /**
     * Returns whether the text is an ASCII letter followed by ASCII letters, digits or {@code _}.
     *
     * @param text any text
     * @return true when it is
     */
    public static boolean isIdentifier(String text) {
      if (text.isEmpty() || !isLetter(text.charAt(0))) {
        return false;
      }
      for (int i = 1; i < text.length(); i++) {
        char c = text.charAt(i);
        if (!isLetter(c) && !isDigit(c) && c != '_') {
          return false;
        }
      }
      return true;
    }
  }

  /** A UTC date and time, {@code YYYY-MM-DDTHH:MM:SSZ}. */
  record DateTimeType() implements ParameterType {
    @Override
    public @Nullable String reject(String value) {
      boolean shape = value.length() == 20
          && isDate(value, 0)
          && value.charAt(10) == 'T'
          && isTime(value, 11)
          && value.charAt(19) == 'Z';
      return shape ? null : "is not a UTC date-time of the form YYYY-MM-DDTHH:MM:SSZ";
    }

    @Override
    public String describe() {
      return "a UTC date-time, YYYY-MM-DDTHH:MM:SSZ";
    }

    @Override
    public String pattern() {
      return "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z";
    }

    @Override
    public List<String> examples() {
      return List.of("2026-06-01T10:30:00Z", "2024-02-29T23:59:59Z");
    }
  }

  /** A calendar date, {@code YYYY-MM-DD}. */
  record DateType() implements ParameterType {
    @Override
    public @Nullable String reject(String value) {
      return value.length() == 10 && isDate(value, 0) ? null : "is not a date of the form YYYY-MM-DD";
    }

    @Override
    public String describe() {
      return "a date, YYYY-MM-DD";
    }

    @Override
    public String pattern() {
      return "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    }

    @Override
    public List<String> examples() {
      return List.of("2026-06-01", "2024-02-29");
    }
  }

  /**
   * An offset from UTC, {@code +HH:MM} or {@code -HH:MM}, within bounds.
   *
   * @param minMinutes the most negative offset, in minutes
   * @param maxMinutes the most positive offset, in minutes
   */
  record OffsetType(int minMinutes, int maxMinutes) implements ParameterType {
    /**
     * Validates the bounds.
     *
     * @param minMinutes the most negative offset, in minutes
     * @param maxMinutes the most positive offset, in minutes; at least {@code minMinutes}
     * @throws IllegalArgumentException if {@code minMinutes > maxMinutes}
     */
    public OffsetType {
      if (minMinutes > maxMinutes) {
        throw new IllegalArgumentException(
            "minMinutes (" + minMinutes + ") must not exceed maxMinutes (" + maxMinutes + ")");
      }
    }

    @Override
    public @Nullable String reject(String value) {
      if (value.length() != 6
          || (value.charAt(0) != '+' && value.charAt(0) != '-')
          || !Decimals.allDigits(value, 1, 3)
          || value.charAt(3) != ':'
          || !Decimals.allDigits(value, 4, 6)) {
        return "is not an offset of the form +HH:MM or -HH:MM";
      }
      int hours = number(value, 1, 3);
      int minutes = number(value, 4, 6);
      if (minutes > 59) {
        return "is not an offset of the form +HH:MM or -HH:MM";
      }
      int total = (value.charAt(0) == '-' ? -1 : 1) * (hours * 60 + minutes);
      return total < minMinutes || total > maxMinutes ? "is out of range" : null;
    }

    @Override
    public String describe() {
      return "an offset from " + format(minMinutes) + " to " + format(maxMinutes);
    }

    @Override
    public String pattern() {
      return "[+-][0-9]{2}:[0-9]{2}";
    }

    @Override
    public List<String> examples() {
      int zero = Math.max(minMinutes, Math.min(maxMinutes, 0));
      return distinct(format(minMinutes), format(maxMinutes), format(zero));
    }

    private static String format(int minutes) {
      int abs = Math.abs(minutes);
      return (minutes < 0 ? "-" : "+") + two(abs / 60) + ":" + two(abs % 60);
    }

    private static String two(int n) {
      return n < 10 ? "0" + n : Integer.toString(n);
    }
  }

  /**
   * One of a fixed list of values, compared exactly.
   *
   * @param values the allowed values, at least one
   */
  record EnumType(List<String> values) implements ParameterType {
    /**
     * Copies the values.
     *
     * @param values the allowed values, at least one; copied
     * @throws IllegalArgumentException if {@code values} is empty
     * @throws NullPointerException if a value is null
     */
    public EnumType {
      values = List.copyOf(Objects.requireNonNull(values, "values"));
      if (values.isEmpty()) {
        throw new IllegalArgumentException("an enumeration needs at least one value");
      }
    }

    @Override
    public @Nullable String reject(String value) {
      return values.contains(value) ? null : "is not one of " + String.join(", ", values);
    }

    @Override
    public String describe() {
      return "one of " + String.join(", ", values);
    }

    /** {@return the values as alternatives, each character that a pattern reads escaped} */
    @Override
    public String pattern() {
      StringBuilder pattern = new StringBuilder("(");
      for (String value : values) {
        if (pattern.length() > 1) {
          pattern.append('|');
        }
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if ("\\^$.|?*+()[]{}/".indexOf(c) >= 0) {
            pattern.append('\\');
          }
          pattern.append(c);
        }
      }
      return pattern.append(')').toString();
    }

    @Override
    public List<String> examples() {
      return values;
    }
  }

  private static List<String> distinct(String... values) {
    return List.copyOf(new java.util.LinkedHashSet<>(List.of(values)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int number(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (value.charAt(i) - '0');
    }
    return n;
  }

  private static boolean isDate(String value, int at) {
    if (!Decimals.allDigits(value, at, at + 4)
        || value.charAt(at + 4) != '-'
        || !Decimals.allDigits(value, at + 5, at + 7)
        || value.charAt(at + 7) != '-'
        || !Decimals.allDigits(value, at + 8, at + 10)) {
      return false;
    }
    int year = number(value, at, at + 4);
    int month = number(value, at + 5, at + 7);
    int day = number(value, at + 8, at + 10);
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  private static boolean isTime(String value, int at) {
    if (!Decimals.allDigits(value, at, at + 2)
        || value.charAt(at + 2) != ':'
        || !Decimals.allDigits(value, at + 3, at + 5)
        || value.charAt(at + 5) != ':'
        || !Decimals.allDigits(value, at + 6, at + 8)) {
      return false;
    }
    return number(value, at, at + 2) < 24
        && number(value, at + 3, at + 5) < 60
        && number(value, at + 6, at + 8) < 60;
  }
}
