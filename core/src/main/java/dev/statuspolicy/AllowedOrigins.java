package dev.statuspolicy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which browser origins may read the policy's responses, success and error alike: what every
 * response says in {@code Access-Control-Allow-Origin}. Browser scripts identify through {@code
 * Origin}, and need the status details of an error as much as the data.
 *
 * <ul>
 *   <li>{@link #any()}, the default, as MET sends: {@code Access-Control-Allow-Origin: *}.
 *   <li>{@link #fixed(String)}: always that one origin, with {@code Vary: Origin}.
 *   <li>{@link #listed(List)}: the request's {@code Origin} when it is one of the list, and no
 *       {@code Access-Control-Allow-Origin} otherwise, with {@code Vary: Origin} either way. The
 *       value sent is always the configured one, never text copied from the request.
 *   <li>{@link #none()}: no CORS headers at all, for hosts whose front server adds its own.
 * </ul>
 *
 * <p>Unless it is {@link #none()}, every response also carries {@code
 * Access-Control-Expose-Headers}, naming the {@link #EXPOSED_HEADERS} a script needs to read. An
 * error whose body was negotiated names both reasons in one field, {@code Vary: Accept, Origin},
 * rather than in two fields a client would have to merge. A 499 sends nothing, so nothing of this
 * either. Preflight requests ({@code OPTIONS}) are not supported, as at MET: they get 405.
 *
 * <p>An origin is written as a browser serialises it (RFC 6454 section 6.2): {@code
 * scheme://host} or {@code scheme://host:port}, of printable ASCII, without user, path, query or
 * fragment. The scheme and host are kept in lower case, and a default port ({@code :80} for
 * {@code http}, {@code :443} for {@code https}) is dropped, as browsers do. Requests match an
 * origin exactly, except that ASCII letters match in either case. Immutable and thread-safe.
 */
public final class AllowedOrigins {

  /**
   * The headers named in {@code Access-Control-Expose-Headers}, in the order sent: those that
   * explain an error, and the caching validators.
   */
  public static final List<String> EXPOSED_HEADERS = List.of(
      "X-ErrorClass", "Retry-After", "RateLimit", "RateLimit-Policy", "Deprecation", "Sunset",
      "Link", "WWW-Authenticate", "ETag", "Last-Modified", "Expires");

  /** {@code scheme://authority}; {@link Authority} checks the authority, as for the HTTPS host. */
  private static final Pattern ORIGIN = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://(.+)");

  private enum Kind { ANY, FIXED, LISTED, NONE }

  private static final AllowedOrigins ANY = new AllowedOrigins(Kind.ANY, List.of());
  private static final AllowedOrigins NONE = new AllowedOrigins(Kind.NONE, List.of());

  private final Kind kind;
  private final List<String> origins;

  private AllowedOrigins(Kind kind, List<String> origins) {
    this.kind = kind;
    this.origins = origins;
  }

  /** {@return "any origin": {@code Access-Control-Allow-Origin: *}, the default} */
  public static AllowedOrigins any() {
    return ANY;
  }

  /** {@return "no CORS headers": neither {@code Access-Control-*} nor {@code Vary: Origin}} */
  public static AllowedOrigins none() {
    return NONE;
  }

  /**
   * Returns one origin, sent on every response whatever the request's {@code Origin}.
   *
   * @param origin such as {@code https://www.yr.no}
   * @return the setting
   * @throws IllegalArgumentException naming {@code allowedOrigins}, if {@code origin} is not a
   *     serialised origin (see the class comment), or is {@code null} or {@code *}
   * @throws NullPointerException if {@code origin} is null
   */
  public static AllowedOrigins fixed(String origin) {
    return new AllowedOrigins(Kind.FIXED, List.of(normalise(origin)));
  }

  /**
   * Returns a list of origins, each of which is sent back to a request that comes from it.
   *
   * @param origins one or more origins, such as {@code https://www.yr.no}; duplicates count once
   * @return the setting
   * @throws IllegalArgumentException naming {@code allowedOrigins}, if the list is empty or an
   *     origin is not a serialised origin (see the class comment), or is {@code null} or {@code *}
   * @throws NullPointerException if the list or an origin is null
   */
  public static AllowedOrigins listed(List<String> origins) {
    Objects.requireNonNull(origins, "allowedOrigins");
    if (origins.isEmpty()) {
      throw new IllegalArgumentException(
          "allowedOrigins: list at least one origin, or use AllowedOrigins.none()");
    }
    Set<String> normalised = new LinkedHashSet<>();
    for (String origin : origins) {
      normalised.add(normalise(origin));
    }
    return new AllowedOrigins(Kind.LISTED, List.copyOf(normalised));
  }

  /**
   * Returns a list of origins, as {@link #listed(List)} does.
   *
   * @param origins one or more origins
   * @return the setting
   * @throws IllegalArgumentException as {@link #listed(List)}
   * @throws NullPointerException if an origin is null
   */
  public static AllowedOrigins listed(String... origins) {
    return listed(List.of(origins));
  }

  /** {@return whether any origin may read the responses ({@code *})} */
  public boolean isAny() {
    return kind == Kind.ANY;
  }

  /** {@return whether the policy sends no CORS headers at all} */
  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /**
   * Returns whether the response depends on the request's {@code Origin}, or is configured as if
   * it did, and so carries {@code Vary: Origin}: true for {@link #fixed} and {@link #listed}.
   *
   * @return true when responses carry {@code Vary: Origin}; false for {@link #any()} and {@link
   *     #none()}
   */
  public boolean variesByOrigin() {
    return kind == Kind.FIXED || kind == Kind.LISTED;
  }

  /**
   * Returns the configured origins, normalised (see the class comment); empty for {@link #any()}
   * and {@link #none()}.
   *
   * @return the normalised origins, each once, in the order first given; never null
   */
  public List<String> origins() {
    return origins;
  }

  /**
   * Returns what {@code Access-Control-Allow-Origin} says to a request.
   *
   * @param requestOrigin the request's {@code Origin}; null when it sent none, or several
   * @return {@code *}, the configured origin, or null when the header is not sent. The result is
   *     always a configured value, never the request's text.
   */
  public @Nullable String allowOriginFor(@Nullable String requestOrigin) {
    return switch (kind) {
      case ANY -> "*";
      case FIXED -> origins.get(0);
      case LISTED -> listedMatch(requestOrigin);
      case NONE -> null;
    };
  }

  private @Nullable String listedMatch(@Nullable String requestOrigin) {
    if (requestOrigin != null) {
      for (String origin : origins) {
        if (sameIgnoringAsciiCase(origin, requestOrigin)) {
          return origin;
        }
      }
    }
    return null;
  }

  /** Compares letter by letter, ASCII letters in either case, and nothing else loosely. */
  private static boolean sameIgnoringAsciiCase(String lowerCase, String text) {
    if (lowerCase.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (lower != lowerCase.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String normalise(String origin) {
    Objects.requireNonNull(origin, "allowedOrigins");
    if (origin.equals("*") || origin.equalsIgnoreCase("null")) {
      throw new IllegalArgumentException("allowedOrigins: '" + origin + "' is not an origin to"
          + " list; use AllowedOrigins.any() for every origin");
    }
    Matcher parts = ORIGIN.matcher(origin);
    if (!parts.matches() || !Authority.isValid(parts.group(2))) {
      throw new IllegalArgumentException("allowedOrigins must hold origins such as"
          + " https://www.example.org, scheme://host with an optional port from 1 to 65535 and no"
          + " path, was '" + printable(origin) + "'");
    }
    String scheme = parts.group(1).toLowerCase(Locale.ROOT);
    String authority = parts.group(2).toLowerCase(Locale.ROOT);
    int colon = Authority.portColon(authority);
    if (colon < 0) {
      return scheme + "://" + authority;
    }
    int port = Integer.parseInt(authority.substring(colon + 1));
    boolean defaultPort = (scheme.equals("http") && port == 80)
        || (scheme.equals("https") && port == 443);
    return scheme + "://" + authority.substring(0, colon) + (defaultPort ? "" : ":" + port);
  }

  /** Shows a refused value with line breaks and other invisible characters as {@code ?}. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), 200));
    for (int i = 0; i < text.length() && i < 200; i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7f ? c : '?');
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof AllowedOrigins that && kind == that.kind && origins.equals(that.origins);
  }

  @Override
  public int hashCode() {
    return kind.ordinal() * 31 + origins.hashCode();
  }

  /** Returns {@code AllowedOrigins.any()}, {@code AllowedOrigins.listed([...])} and so on. */
  @Override
  public String toString() {
    return switch (kind) {
      case ANY -> "AllowedOrigins.any()";
      case NONE -> "AllowedOrigins.none()";
      case FIXED -> "AllowedOrigins.fixed(" + origins.get(0) + ")";
      case LISTED -> "AllowedOrigins.listed(" + origins + ")";
    };
  }
}
