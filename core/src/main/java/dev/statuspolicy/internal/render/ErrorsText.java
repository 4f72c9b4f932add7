package dev.statuspolicy.internal.render;

import dev.statuspolicy.request.ParameterError;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code errors} member of a problem+json document, one object per parameter error. The
 * errors of a query are read once and kept with the query (see {@code RecentQueries}), and
 * evidence holds the very list it was given when that list is immutable: a client that repeats a
 * bad query gets the same list object back, and its member is escaped and joined once, here,
 * rather than on every request.
 *
 * <p>Kept by the identity of the list, a few at a time, in slots chosen by the identity hash.
 * Evidence's lists are immutable, so a list known again has the same errors. Thread-safe without
 * locks: each entry is immutable, and a lost write only costs a miss.
 */
final class ErrorsText {

  /** How many lists are kept; a power of two. */
  static final int SLOTS = 16;

  /** A list of errors and its member. */
  private record Rendered(List<ParameterError> errors, String json) {}

  private static final @Nullable Rendered[] RENDERED = new Rendered[SLOTS];

  private ErrorsText() {}

  /**
   * Returns the {@code errors} member, led by a comma; empty for no errors.
   *
   * @param errors the errors, an immutable list
   * @return the member
   */
  static String json(List<ParameterError> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    int slot = System.identityHashCode(errors) & (SLOTS - 1);
    Rendered last = RENDERED[slot];
    if (last != null && last.errors() == errors) {
      return last.json();
    }
    StringBuilder out = new StringBuilder(16 + 96 * errors.size()).append(",\"errors\":[");
    for (int i = 0; i < errors.size(); i++) {
      ParameterError error = errors.get(i);
      out.append(i == 0 ? "{" : ",{");
      ProblemJson.string(out, "parameter", error.name()).append(',');
      ProblemJson.string(out, "value", error.value()).append(',');
      ProblemJson.string(out, "detail", error.reason()).append('}');
    }
    String json = out.append(']').toString();
    RENDERED[slot] = new Rendered(errors, json);
    return json;
  }
}
