package dev.statuspolicy.request;

import java.util.Objects;

/**
 * One bad query parameter. All of a request's parameter errors are reported together.
 *
 * @param name the parameter name
 * @param value the rejected value as received (percent-decoded where possible), cut to a bounded
 *     length; empty for a missing parameter. Renderers escape it for their format.
 * @param reason why it was rejected, phrased to follow "the value", such as {@code "is required"}
 */
public record ParameterError(String name, String value, String reason) {

  /** The longest rejected value kept, in characters. */
  public static final int MAX_VALUE_LENGTH = 100;

  /**
   * Keeps at most {@link #MAX_VALUE_LENGTH} characters of the value.
   *
   * @param name the parameter name; one longer than {@link #MAX_VALUE_LENGTH} characters is cut
   *     and ends in {@code ...}
   * @param value the rejected value as received, empty for a missing parameter; a longer one is
   *     cut in the same way
   * @param reason why it was rejected, phrased to follow "the value"
   * @throws NullPointerException if an argument is null
   */
  public ParameterError {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (value.length() > MAX_VALUE_LENGTH) {
      int cut = MAX_VALUE_LENGTH;
      if (Character.isHighSurrogate(value.charAt(cut - 1))) {
        cut--;
      }
      value = value.substring(0, cut) + "...";
    }
    if (name.length() > MAX_VALUE_LENGTH) {
      name = name.substring(0, MAX_VALUE_LENGTH) + "...";
    }
  }
}
