package dev.statuspolicy.catalog;

import dev.statuspolicy.internal.parse.HttpDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a product version stands in its life. Beta and deprecated versions still serve their
 * data, with 203; a retired version is an error (404 by default, 410 as an option). A deprecated
 * version whose sunset has passed, by the policy's clock, is treated as retired.
 */
public sealed interface Lifecycle {

  /** Not ready for production: served with 203, and never with 304. */
  record Beta() implements Lifecycle {}

  /** The normal state: 200, and 304 when a validator matches. */
  record Stable() implements Lifecycle {}

  /**
   * Still served, with 203 and the {@code Deprecation}, {@code Sunset} and {@code Link} headers
   * from {@code deprecatedAt} on; before it, with 200 and the same headers.
   *
   * @param deprecatedAt when the version is deprecated; may be in the future
   * @param sunset when it stops being served; never before {@code deprecatedAt}
   * @param successor the version to move to; null when there is none
   * @param documentation where people can read about the deprecation (a change log entry, a
   *     migration guide), sent as {@code Link: <documentation>; rel="deprecation"} (RFC 9745);
   *     an absolute URI or a path; null when there is none
   */
  record Deprecated(
      Instant deprecatedAt, Instant sunset, @Nullable String successor,
      @Nullable String documentation) implements Lifecycle {
    /**
     * Validates the dates and the documentation link.
     *
     * @param deprecatedAt when the version is deprecated; may be in the future
     * @param sunset when it stops being served; not before {@code deprecatedAt}
     * @param successor the version to move to; null when there is none
     * @param documentation where the deprecation is documented, an absolute URI or a path; null
     *     when there is none
     * @throws IllegalArgumentException if {@code sunset} is earlier than {@code deprecatedAt}, a
     *     date's year is outside 1 to 9999 (an HTTP-date cannot carry it), {@code successor}
     *     holds CR, LF or another control character, or {@code documentation}
     *     is empty or holds a space, a control or non-ASCII character, {@code <}, {@code >} or
     *     {@code "}
     * @throws NullPointerException if a date is null
     */
    public Deprecated {
      Objects.requireNonNull(deprecatedAt, "deprecatedAt");
      Objects.requireNonNull(sunset, "sunset");
      HttpDates.requireFormattable("deprecatedAt", deprecatedAt);
      HttpDates.requireFormattable("sunset", sunset);
      requirePlainSuccessor(successor);
      if (sunset.isBefore(deprecatedAt)) {
        throw new IllegalArgumentException(
            "sunset (" + sunset + ") must not be earlier than deprecatedAt (" + deprecatedAt + ")");
      }
      if (documentation != null && !isLinkTarget(documentation)) {
        throw new IllegalArgumentException(
            "documentation must be a URI without spaces, controls, '<', '>' or '\"', was '"
                + documentation + "'");
      }
    }

    /**
     * Creates a deprecation without documentation link.
     *
     * @param deprecatedAt when the version is deprecated; may be in the future
     * @param sunset when it stops being served; not before {@code deprecatedAt}
     * @param successor the version to move to; null when there is none
     * @throws IllegalArgumentException if {@code sunset} is earlier than {@code deprecatedAt}
     * @throws NullPointerException if a date is null
     */
    public Deprecated(Instant deprecatedAt, Instant sunset, @Nullable String successor) {
      this(deprecatedAt, sunset, successor, null);
    }

    /**
     * Returns a copy whose deprecation is documented at {@code documentation}.
     *
     * @param documentation an absolute URI or a path, such as {@code
     *     https://api.example.org/doc/changelog#v1.9}
     * @return a copy of this deprecation with the documentation link
     * @throws IllegalArgumentException as for the canonical constructor
     * @throws NullPointerException if {@code documentation} is null
     */
    public Deprecated withDocumentation(String documentation) {
      return new Deprecated(
          deprecatedAt, sunset, successor, Objects.requireNonNull(documentation, "documentation"));
    }

    private static boolean isLinkTarget(String uri) {
      if (uri.isEmpty()) {
        return false;
      }
      for (int i = 0; i < uri.length(); i++) {
        char c = uri.charAt(i);
        if (c <= ' ' || c >= 0x7f || c == '<' || c == '>' || c == '"') {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Past its end of life, from {@code retiredAt} on; before it, served with 200 and a {@code
   * Sunset} announcing the date.
   *
   * @param retiredAt when it stops (or stopped) being served; may be in the future
   * @param successor the version to move to; null when there is none
   */
  record Retired(Instant retiredAt, @Nullable String successor) implements Lifecycle {
    /**
     * Validates the date and the successor.
     *
     * @param retiredAt when it stops (or stopped) being served; may be in the future
     * @param successor the version to move to; null when there is none
     * @throws IllegalArgumentException if {@code retiredAt}'s year is outside 1 to 9999 (it is
     *     announced in {@code Sunset}, an HTTP-date), or {@code successor} holds CR, LF or another
     *     control character
     * @throws NullPointerException if {@code retiredAt} is null
     */
    public Retired {
      Objects.requireNonNull(retiredAt, "retiredAt");
      HttpDates.requireFormattable("retiredAt", retiredAt);
      requirePlainSuccessor(successor);
    }
  }

  /**
   * Refuses a successor that could split a header: it ends up in {@code Link} and in the detail.
   * Whether it names a live version of the product is checked by {@link Product}.
   */
  private static void requirePlainSuccessor(@Nullable String successor) {
    if (successor == null) {
      return;
    }
    for (int i = 0; i < successor.length(); i++) {
      char c = successor.charAt(i);
      if (c < ' ' || c == 0x7f) {
        throw new IllegalArgumentException(
            "successor must not hold CR, LF or other control characters, was '"
                + successor.replace("\r", "\\r").replace("\n", "\\n") + "'");
      }
    }
  }

  /** {@return the beta state} */
  static Lifecycle beta() {
    return new Beta();
  }

  /** {@return the stable state} */
  static Lifecycle stable() {
    return new Stable();
  }

  /**
   * Returns a deprecation from the start (UTC) of {@code deprecatedOn} to the start of
   * {@code sunsetOn}.
   *
   * @param deprecatedOn the day of deprecation
   * @param sunsetOn the day it stops being served
   * @param successor the version to move to; null when there is none
   * @return the deprecation, without documentation link; add one with {@link
   *     Deprecated#withDocumentation(String)}
   * @throws IllegalArgumentException if the sunset is before the deprecation
   */
  static Deprecated deprecated(
      LocalDate deprecatedOn, LocalDate sunsetOn, @Nullable String successor) {
    return new Deprecated(startOf(deprecatedOn), startOf(sunsetOn), successor);
  }

  /**
   * Returns retirement from the start (UTC) of {@code retiredOn}.
   *
   * @param retiredOn the day it stopped being served
   * @param successor the version to move to; null when there is none
   * @return retirement from midnight UTC at the start of {@code retiredOn}
   */
  static Lifecycle retired(LocalDate retiredOn, @Nullable String successor) {
    return new Retired(startOf(retiredOn), successor);
  }

  private static Instant startOf(LocalDate day) {
    return Objects.requireNonNull(day, "day").atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
