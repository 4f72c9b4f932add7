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
 * @param claims the {@link dev.statuspolicy.outcome.Outcome.Custom#kind() kinds} of custom
 *     outcomes this response row maps; empty (the default) for a row that maps none. A custom
 *     outcome whose kind no row of the table claims is an {@code internal-error} (500); one whose
 *     kind is claimed passes {@code internal-error} and must be decided by its claiming row: if
 *     that row does not fire for it, the policy treats it as a failed row. {@link
 *     dev.statuspolicy.StatusPolicyBuilder#build()} refuses a claim that could never be honoured
 */
public record RowDefinition(
    RowId id,
    Phase phase,
    List<HttpStatus> statuses,
    String question,
    String title,
    String advice,
    @Nullable String seed,
    Set<String> claims) {

  /**
   * Validates the row.
   *
   * @param id the stable id
   * @param phase when the row is consulted
   * @param statuses the statuses the row may yield, at least one, none twice; copied
   * @param question what the row asks; not blank
   * @param title the problem title; not blank
   * @param advice what the client should do next; not blank
   * @param seed the sentence of the seed page; null when it has none
   * @param claims the kinds of custom outcomes the row maps, none blank; copied
   * @throws IllegalArgumentException if {@code statuses} is empty or repeats a status, a text is
   *     blank, or a claimed kind is blank
   * @throws NullPointerException if a non-null argument is null, or {@code claims} holds null
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
    claims = Set.copyOf(claims);
    for (String kind : claims) {
      if (kind.isBlank()) {
        throw new IllegalArgumentException("row " + id + " claims a blank outcome kind");
      }
    }
  }

  /**
   * Defines a row that claims no custom outcome, as every standard row.
   *
   * @param id the stable id
   * @param phase when the row is consulted
   * @param statuses the statuses the row may yield, at least one, none twice
   * @param question what the row asks; not blank
   * @param title the problem title; not blank
   * @param advice what the client should do next; not blank
   * @param seed the sentence of the seed page; null when it has none
   * @throws IllegalArgumentException as for the canonical constructor
   * @throws NullPointerException if a non-null argument is null
   */
  public RowDefinition(RowId id, Phase phase, List<HttpStatus> statuses, String question,
      String title, String advice, @Nullable String seed) {
    this(id, phase, statuses, question, title, advice, seed, Set.of());
  }

  /**
   * Returns a copy that claims the custom outcomes of the given kinds, in place of any claims of
   * this definition.
   *
   * @param kinds the kinds, as {@link dev.statuspolicy.outcome.Outcome.Custom#kind()} spells them
   * @return the copy
   * @throws IllegalArgumentException if a kind is blank or given twice
   * @throws NullPointerException if a kind is null
   */
  public RowDefinition withClaims(String... kinds) {
    return new RowDefinition(id, phase, statuses, question, title, advice, seed, Set.of(kinds));
  }

  /** {@return the usual status: the first of {@link #statuses()}} */
  public HttpStatus status() {
    return statuses.get(0);
  }

  /** {@return whether every status of the row is a 4xx or 5xx} */
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
