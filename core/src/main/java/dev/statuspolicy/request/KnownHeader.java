package dev.statuspolicy.request;

import org.jspecify.annotations.Nullable;

/** The request headers the policy reads. Every other header is the host's business. */
public enum KnownHeader {
  /** Identifies the client application. */
  USER_AGENT("User-Agent"),
  /** Identifies browser clients that cannot set {@code User-Agent} (JavaScript). */
  ORIGIN("Origin"),
  /** Identifies browser clients that cannot set {@code User-Agent} (image links). */
  REFERER("Referer"),
  /** Chooses the format of error bodies. */
  ACCEPT("Accept"),
  /** Conditional request on the modification date. */
  IF_MODIFIED_SINCE("If-Modified-Since"),
  /** Conditional request on entity tags; takes precedence over {@code If-Modified-Since}. */
  IF_NONE_MATCH("If-None-Match");

  private static final KnownHeader[] ALL = values();

  private final String fieldName;

  KnownHeader(String fieldName) {
    this.fieldName = fieldName;
  }

  /** {@return the canonical field name, such as {@code User-Agent}} */
  public String fieldName() {
    return fieldName;
  }

  /**
   * Finds the header with this field name, ignoring case as HTTP does.
   *
   * @param name a field name; may be null
   * @return the header, or null when the policy does not read it
   */
  public static @Nullable KnownHeader byName(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String trimmed = name.strip();
    for (KnownHeader header : ALL) {
      if (header.fieldName.equalsIgnoreCase(trimmed)) {
        return header;
      }
    }
    return null;
  }
}
