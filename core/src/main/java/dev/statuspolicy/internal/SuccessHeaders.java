package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Header;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.outcome.Validators;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a plain 200 or 304 (a row that fired {@code OK} or {@code NOT_MODIFIED} with no
 * evidence): the document's validators, and nothing else. A server answers the same document,
 * with the same validators, many times in a row, so the last list of each status is kept and
 * handed out again while the validators are equal: formatting two dates and checking three header
 * values is most of a 200's cost.
 *
 * <p>Thread-safe: the cache is one immutable pair behind a volatile field; a race only means a
 * list is built twice.
 */
final class SuccessHeaders {

  /** One validators value and its immutable header list. */
  private record Entry(@Nullable Validators validators, List<Header> headers) {}

  private volatile @Nullable Entry lastOk;
  private volatile @Nullable Entry lastNotModified;

  /**
   * Returns the headers of a plain 200, or of a 304, carrying these validators: {@code ETag},
   * {@code Last-Modified} and {@code Expires}, each when known, in that order; a 304 leaves out
   * {@code Last-Modified} when there is an {@code ETag}.
   *
   * @param validators the outcome's validators, or null when it has none
   * @param notModified true for a 304, false for a 200
   * @return an immutable list
   */
  List<Header> of(@Nullable Validators validators, boolean notModified) {
    Entry cached = notModified ? lastNotModified : lastOk;
    if (cached != null && (cached.validators() == validators
        || (validators != null && validators.equals(cached.validators())))) {
      return cached.headers();
    }
    List<Header> headers = build(validators, notModified);
    if (notModified) {
      lastNotModified = new Entry(validators, headers);
    } else {
      lastOk = new Entry(validators, headers);
    }
    return headers;
  }

  private static List<Header> build(@Nullable Validators validators, boolean notModified) {
    if (validators == null) {
      return List.of();
    }
    List<Header> headers = new ArrayList<>(3);
    if (validators.etag() != null) {
      headers.add(new Header("ETag", validators.etag()));
    }
    if (validators.lastModified() != null && (!notModified || validators.etag() == null)) {
      headers.add(new Header("Last-Modified", HttpDates.format(validators.lastModified())));
    }
    if (validators.expires() != null) {
      headers.add(new Header("Expires", HttpDates.format(validators.expires())));
    }
    return List.copyOf(headers);
  }
}
