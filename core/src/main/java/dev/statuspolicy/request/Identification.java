package dev.statuspolicy.request;

import java.util.Objects;

/**
 * How a request identified its application, as the policy reads {@code User-Agent}, {@code Origin}
 * and {@code Referer}. The application is part of the counting key of the {@link
 * dev.statuspolicy.QuotaClaim} the policy names, so that quota is counted per application, over
 * all of its installs; every unidentified client shares one key.
 *
 * @param kind how the client was (or was not) identified
 * @param application the application key: the agent, or the host of the origin or referer; empty
 *     when unidentified
 */
public record Identification(Kind kind, String application) {

  /** The ways a request can identify itself, or fail to. */
  public enum Kind {
    /** {@code User-Agent} names an application, possibly next to a generic library token. */
    AGENT(true),
    /** No usable agent (none, generic only, or a browser's), but {@code Origin} names the site. */
    ORIGIN(true),
    /** No usable agent or origin, but {@code Referer} names the site. */
    REFERER(true),
    /** No {@code User-Agent}, and no origin or referer. */
    MISSING(false),
    /** A {@code User-Agent} of whitespace only, and no origin or referer. */
    BLANK(false),
    /** Only generic library tokens such as {@code okhttp} or {@code Java}, and no origin or referer. */
    GENERIC_ONLY(false),
    /**
     * A web browser's agent ({@code Mozilla/5.0 ...}), and no origin or referer. Every browser
     * sends such an agent, so it names no site: the request is unidentified. A strict product
     * refuses it with 403 {@code client-unidentified}; a lenient one holds it to the
     * unidentified quota.
     */
    BROWSER(false);

    private final boolean identified;

    Kind(boolean identified) {
      this.identified = identified;
    }

    /** {@return whether this kind counts as identification} */
    public boolean identified() {
      return identified;
    }
  }

  /**
   * Validates the pair.
   *
   * @param kind how the client was (or was not) identified
   * @param application the application key; not blank for an identifying kind, empty otherwise
   * @throws IllegalArgumentException if an identifying kind comes with a blank application, or
   *     a kind that does not identify comes with one that is not empty
   * @throws NullPointerException if an argument is null
   */
  public Identification {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(application, "application");
    if (kind.identified() == application.isBlank()) {
      throw new IllegalArgumentException(kind.identified()
          ? "application must name the application identified by " + kind + ", was blank"
          : "application must be empty when the client is unidentified (" + kind + ")");
    }
  }

  /** {@return whether the client identified its application} */
  public boolean identified() {
    return kind.identified();
  }
}
