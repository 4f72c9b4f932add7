package dev.statuspolicy.internal.render;

import dev.statuspolicy.catalog.Coverage;
import org.jspecify.annotations.Nullable;

/**
 * The words and numbers of a coverage that an answer outside it shows: its description, and its
 * problem+json member with the bounds. A coverage is immutable (its contract says so) and
 * belongs to a product, so the same few objects come back request after request: each is read
 * once, here, instead of formatting its description and four decimals into text every time.
 *
 * <p>Kept by identity, a few at a time, in slots chosen by the identity hash; a coverage whose
 * slot another took is read again, so a catalog of many products only costs misses. Thread-safe
 * without locks: each entry is immutable, and a lost write only costs a miss.
 */
public final class CoverageText {

  /** How many coverages are kept; a power of two. */
  static final int SLOTS = 16;

  /** A coverage and its text. */
  private record Read(Coverage coverage, String description, String json) {}

  private static final @Nullable Read[] READ = new Read[SLOTS];

  private CoverageText() {}

  /**
   * Returns the coverage's description, as {@link Coverage#describe()} gives it.
   *
   * @param coverage the coverage
   * @return the description
   */
  public static String description(Coverage coverage) {
    return of(coverage).description();
  }

  /**
   * Returns the {@code coverage} member of a problem+json document, led by a comma: the escaped
   * description, then the south, west, north and east bounds.
   *
   * @param coverage the coverage
   * @return the member
   */
  static String json(Coverage coverage) {
    return of(coverage).json();
  }

  private static Read of(Coverage coverage) {
    int slot = System.identityHashCode(coverage) & (SLOTS - 1);
    Read last = READ[slot];
    if (last != null && last.coverage() == coverage) {
      return last;
    }
    String description = coverage.describe();
    Coverage.Box box = coverage.bounds();
    StringBuilder out = new StringBuilder(96 + description.length());
    out.append(",\"coverage\":{\"description\":\"");
    Escape.json(out, description).append('"');
    out.append(",\"south\":").append(box.south()).append(",\"west\":").append(box.west());
    out.append(",\"north\":").append(box.north()).append(",\"east\":").append(box.east());
    Read read = new Read(coverage, description, out.append('}').toString());
    READ[slot] = read;
    return read;
  }
}
