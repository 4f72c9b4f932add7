package dev.statuspolicy.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.fixtures.FactClasses;
import dev.statuspolicy.fixtures.TableCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which pairs of rows can fire together, and why the others cannot. The precedence properties
 * cover the first kind; this class pins down the second, so that a row whose generator changes
 * cannot silently drop out of the precedence tests.
 */
class PrecedenceTest {

  /**
   * Pairs cannot fire together only because both need one fact in different classes:
   *
   * <ul>
   *   <li>the outcome: the response rows 14 to 19 each need their own outcome, and not-modified
   *       needs a document;
   *   <li>the path: retired, unavailable, restricted (no location parameters), regional,
   *       deprecated, beta and unknown are different catalog entries;
   *   <li>the credentials: none/invalid (401) against valid without the scope (403);
   *   <li>the query: too precise, invalid and outside coverage are different queries;
   *   <li>the method: 405 needs a method other than GET or HEAD, 304 needs GET or HEAD;
   *   <li>the usage: over the limit (429) needs a count, quota-unknown needs none.
   * </ul>
   */
  @Test
  void pairsThatCannotFireTogetherNeedDifferentClassesOfOneFact() {
    Map<Class<?>, Integer> conflicts = new LinkedHashMap<>();
    StandardRow[] rows = StandardRow.values();
    for (int i = 0; i < rows.length; i++) {
      for (int j = i + 1; j < rows.length; j++) {
        Class<?> fact = RowGenerators.conflict(rows[i], rows[j]);
        if (fact != null) {
          conflicts.merge(fact, 1, Integer::sum);
        }
      }
    }
    assertThat(conflicts.keySet()).containsExactlyInAnyOrder(
        FactClasses.Result.class, FactClasses.PathClass.class, FactClasses.Creds.class,
        FactClasses.Query.class, FactClasses.Method.class, FactClasses.Usage.class);
    assertThat(RowGenerators.conflict(StandardRow.RATE_LIMITED, StandardRow.QUOTA_UNKNOWN))
        .isEqualTo(FactClasses.Usage.class);
    assertThat(RowGenerators.conflict(StandardRow.METHOD_NOT_ALLOWED, StandardRow.NOT_MODIFIED))
        .isEqualTo(FactClasses.Method.class);
    assertThat(RowGenerators.conflict(StandardRow.CLIENT_CLOSED_REQUEST, StandardRow.INTERNAL_ERROR))
        .isEqualTo(FactClasses.Result.class);
    assertThat(RowGenerators.conflict(StandardRow.CREDENTIALS_REQUIRED, StandardRow.ACCESS_DENIED))
        .isEqualTo(FactClasses.Creds.class);
    assertThat(RowGenerators.conflict(StandardRow.VERSION_DEPRECATED, StandardRow.NOT_MODIFIED))
        .isEqualTo(FactClasses.PathClass.class);
    int total = rows.length * (rows.length - 1) / 2;
    assertThat(RowGenerators.coFiringPairs()).hasSize(total - conflicts.values().stream().mapToInt(n -> n).sum());
  }

  /** Every row is tested both as the winner and as the loser of some pair, where it can be. */
  @Test
  void everyRowsPositionIsCoveredByAPair() {
    List<List<StandardRow>> pairs = RowGenerators.coFiringPairs();
    List<StandardRow> neverEarlier = new ArrayList<>();
    List<StandardRow> neverLater = new ArrayList<>();
    for (StandardRow row : StandardRow.values()) {
      if (pairs.stream().noneMatch(p -> p.get(0) == row)) {
        neverEarlier.add(row);
      }
      if (pairs.stream().noneMatch(p -> p.get(1) == row)) {
        neverLater.add(row);
      }
    }
    // ok always fires last; https-required is first in the table, so nothing can beat it
    assertThat(neverEarlier).containsExactly(StandardRow.OK);
    assertThat(neverLater).containsExactly(StandardRow.HTTPS_REQUIRED);
  }

  /** Adjacent rows fire together wherever their facts allow; these are the pairs that cannot. */
  @Test
  void adjacentRowsFireTogetherUnlessTheyNeedDifferentClassesOfOneFact() {
    StandardRow[] rows = StandardRow.values();
    List<String> apart = new ArrayList<>();
    for (int i = 0; i + 1 < rows.length; i++) {
      if (RowGenerators.conflict(rows[i], rows[i + 1]) != null) {
        apart.add(rows[i].id() + "/" + rows[i + 1].id());
      }
    }
    // a usage or none; found against not found; a single credentials verdict; a single outcome;
    // one lifecycle
    assertThat(apart).containsExactly(
        "rate-limited/quota-unknown",
        "product-unknown/version-retired",
        "credentials-required/access-denied",
        "client-closed-request/internal-error",
        "internal-error/backend-timeout",
        "backend-timeout/backend-unavailable",
        "backend-unavailable/backend-failed",
        "backend-failed/no-data",
        "not-modified/version-deprecated",
        "version-deprecated/version-beta");
    assertThat(Set.copyOf(TableCase.DIMENSIONS)).hasSize(10);
  }
}
