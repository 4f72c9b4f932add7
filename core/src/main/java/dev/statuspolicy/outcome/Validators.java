package dev.statuspolicy.outcome;

import dev.statuspolicy.internal.HeaderText;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The caching metadata of a backend document: sent as {@code Last-Modified}, {@code Expires} and
 * {@code ETag} on 200 and 203, and matched against conditional requests for 304.
 *
 * @param lastModified when the document last changed; null when unknown
 * @param expires when a client should ask again; null when unknown
 * @param etag the entity tag, quoted, optionally weak, such as {@code "abc"} or {@code W/"abc"};
 *     null when unknown
 */
public record Validators(
    @Nullable Instant lastModified, @Nullable Instant expires, @Nullable String etag) {

  private static final Validators NONE = new Validators(null, null, null);

  /**
   * Validates the entity tag.
   *
   * @throws IllegalArgumentException if {@code etag} is not a valid entity tag
   */
  public Validators {
    if (etag != null && !HeaderText.isEntityTag(etag)) {
      throw new IllegalArgumentException(
          "etag must be a quoted entity tag such as \"v1\" or W/\"v1\", was " + etag);
    }
  }

  /** Returns "no validators known". */
  public static Validators none() {
    return NONE;
  }
}
