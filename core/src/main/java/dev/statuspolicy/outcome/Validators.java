package dev.statuspolicy.outcome;

import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.internal.parse.HttpDates;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The caching metadata of a backend document: sent as {@code Last-Modified}, {@code Expires} and
 * {@code ETag} on 200 and 203, and matched against conditional requests for 304.
 *
 * <p>Every value that constructs can be sent: the dates fit an HTTP-date, and the entity tag is
 * visible ASCII.
 *
 * @param lastModified when the document last changed, between the years 1 and 9999; null when
 *     unknown. A date later than the policy's clock is sent, and compared, as the clock's time
 *     (RFC 9110 section 8.8.2.1).
 * @param expires when a client should ask again, between the years 1 and 9999; null when unknown
 * @param etag the entity tag, quoted, optionally weak, such as {@code "abc"} or {@code W/"abc"},
 *     whose opaque part is visible ASCII other than {@code "}; null when unknown
 */
public record Validators(
    @Nullable Instant lastModified, @Nullable Instant expires, @Nullable String etag) {

  private static final Validators NONE = new Validators(null, null, null);

  /**
   * Validates the values.
   *
   * @param lastModified when the document last changed; null when unknown
   * @param expires when a client should ask again; null when unknown
   * @param etag the entity tag, quoted, optionally weak; null when unknown
   * @throws IllegalArgumentException if {@code etag} is not a valid entity tag of visible ASCII,
   *     or a date lies outside the years 1 to 9999, which an HTTP-date cannot carry
   */
  public Validators {
    if (etag != null && !HeaderText.isEntityTag(etag)) {
      // the value is shown escaped: it may hold line breaks or other invisible characters
      throw new IllegalArgumentException(
          "etag must be a quoted entity tag of visible ASCII, such as \"v1\" or W/\"v1\", was "
              + visible(etag));
    }
    HttpDates.requireFormattable("lastModified", lastModified);
    HttpDates.requireFormattable("expires", expires);
  }

  /** Writes every character outside printable ASCII as a backslash, {@code u} and four hex digits. */
  private static String visible(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  /** {@return "no validators known"} */
  public static Validators none() {
    return NONE;
  }
}
