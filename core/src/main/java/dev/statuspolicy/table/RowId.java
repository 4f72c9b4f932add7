package dev.statuspolicy.table;

import java.util.Objects;

/**
 * The stable id of a row, such as {@code rate-limited}. It is sent as {@code X-ErrorClass}, ends
 * the problem {@code type} URI, names the row in the trace and in the generated reference.
 *
 * @param value kebab-case: lowercase letters and digits in words joined by single hyphens
 */
public record RowId(String value) {
  /**
   * Validates the id.
   *
   * @param value the id, in kebab-case
   * @throws IllegalArgumentException if {@code value} is not kebab-case
   * @throws NullPointerException if {@code value} is null
   */
  public RowId {
    Objects.requireNonNull(value, "value");
    if (!isKebabCase(value)) {
      throw new IllegalArgumentException(
          "a row id must be kebab-case (such as radar-site-down), was '" + value + "'");
    }
  }

  /**
   * Returns the id.
   *
   * @param value the id, in kebab-case, such as {@code rate-limited}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not kebab-case
   */
  public static RowId of(String value) {
    return new RowId(value);
  }

  private static boolean isKebabCase(String value) {
    if (value.isEmpty() || value.length() > 64) {
      return false;
    }
    boolean previousHyphen = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (c == '-') {
        if (previousHyphen) {
          return false;
        }
        previousHyphen = true;
      } else if (word) {
        previousHyphen = false;
      } else {
        return false;
      }
    }
    return !previousHyphen && value.charAt(0) >= 'a' && value.charAt(0) <= 'z';
  }

  @Override
  public String toString() {
    return value;
  }
}
