package dev.statuspolicy.table;

import dev.statuspolicy.decision.HttpStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of the table, as data: everything the evaluation, the trace, the problem types, the
 * {@code X-ErrorClass} header and the generated reference need to know about it.
 *
 * @param id the stable id
 * @param phase when the row is consulted
 * @param statuses the statuses the row may yield; the first is its usual one
 * @param question what the row asks, as a yes/no question
 * @param title the problem title, short and fixed
 * @param advice what the client should do next, for people
 * @param seed the sentence of the seed page the row implements; null when it has none
 */
public record RowDefinition(
    RowId id,
    Phase phase,
    List<HttpStatus> statuses,
    String question,
    String title,
    String advice,
    @Nullable String seed) {

  /**
   * Validates the row.
   *
   * @throws IllegalArgumentException if {@code statuses} is empty or repeats a status, or a text
   *     is blank
   * @throws NullPointerException if a non-null argument is null
   */
  public RowDefinition {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(phase, "phase");
    statuses = List.copyOf(statuses);
    if (statuses.isEmpty()) {
      throw new IllegalArgumentException("row " + id + " must yield at least one status");
    }
    Set<HttpStatus> distinct = EnumSet.copyOf(statuses);
    if (distinct.size() != statuses.size()) {
      throw new IllegalArgumentException("row " + id + " lists a status twice");
    }
    requireText(id, "question", question);
    requireText(id, "title", title);
    requireText(id, "advice", advice);
  }

  /** Returns the usual status: the first of {@link #statuses()}. */
  public HttpStatus status() {
    return statuses.get(0);
  }

  /** Returns whether every status of the row is a 4xx or 5xx. */
  public boolean isErrorRow() {
    for (HttpStatus status : statuses) {
      if (!status.isError()) {
        return false;
      }
    }
    return true;
  }

  private static void requireText(RowId id, String what, String text) {
    Objects.requireNonNull(text, what);
    if (text.isBlank()) {
      throw new IllegalArgumentException("row " + id + " needs a " + what);
    }
  }
}
