package dev.statuspolicy.decision;

import dev.statuspolicy.internal.HeaderText;
import java.util.Objects;

/**
 * One response header field.
 *
 * @param name the field name, a token such as {@code Retry-After}
 * @param value the field value: visible ASCII, spaces and tabs only. CR, LF and NUL can never
 *     appear, so a decision cannot split a response.
 */
public record Header(String name, String value) {
  /**
   * Validates the field.
   *
   * @param name the field name, a token
   * @param value the field value: visible ASCII, spaces and tabs only
   * @throws IllegalArgumentException if the name is not a token or the value holds a control or
   *     non-ASCII character
   * @throws NullPointerException if an argument is null
   */
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!HeaderText.isToken(name)) {
      throw new IllegalArgumentException("header name must be a token, was '" + name + "'");
    }
    if (!HeaderText.isSafeValue(value)) {
      throw new IllegalArgumentException(
          "header " + name + " must not hold control or non-ASCII characters");
    }
  }

  /** Returns {@code Name: value}. */
  @Override
  public String toString() {
    return name + ": " + value;
  }
}
