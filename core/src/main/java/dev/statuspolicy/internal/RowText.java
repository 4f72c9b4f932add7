package dev.statuspolicy.internal;

import dev.statuspolicy.decision.Header;
import dev.statuspolicy.internal.render.ProblemJson;
import dev.statuspolicy.table.RowDefinition;

/**
 * The fixed text of one row's error responses, made once per policy and row: the problem type
 * URI, the {@code X-ErrorClass} header, and the problem+json members that never change (already
 * escaped). Immutable, so a cache may hand it to any thread.
 *
 * @param row the row the text belongs to
 * @param type the problem type URI
 * @param errorClass the {@code X-ErrorClass} header
 * @param jsonHead the problem+json document up to the {@code status} value
 * @param jsonTail the {@code row} and {@code advice} members of the problem+json document
 */
record RowText(RowDefinition row, String type, Header errorClass, String jsonHead, String jsonTail) {

  /** Makes the text of a row; throws as the per-request code would for a row id out of bounds. */
  static RowText of(RowDefinition row, String typeBase) {
    String type = typeBase + row.id().value();
    return new RowText(row, type, new Header("X-ErrorClass", row.id().value()),
        ProblemJson.head(type, row), ProblemJson.tail(row));
  }

  /**
   * A small cache of row texts by row identity. Slots are replaced whole, so a racing reader sees
   * either an older complete entry or a newer one, and checks that it belongs to its row.
   */
  static final class Cache {
    private static final int SLOTS = 64;
    private final RowText[] slots = new RowText[SLOTS];
    private final String typeBase;

    Cache(String typeBase) {
      this.typeBase = typeBase;
    }

    RowText of(RowDefinition row) {
      int slot = System.identityHashCode(row) & (SLOTS - 1);
      RowText text = slots[slot];
      if (text == null || text.row() != row) {
        text = RowText.of(row, typeBase);
        slots[slot] = text;
      }
      return text;
    }
  }
}
