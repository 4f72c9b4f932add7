package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders a policy as the Markdown status-code reference that its clients read.
 *
 * <p>The page has four parts: the catalog (products, versions, endpoints), one section per status
 * code (what it means for the client, which rows produce it in precedence order, which headers come
 * with it, what to do), the precedence table, and one section per row with a complete example: the
 * request, the host's verdicts, the backend outcome and the full response (status line, headers,
 * body).
 *
 * <p>Every example is produced by running the policy: the response shown is exactly what
 * {@link StatusPolicy#decide} returns for the request shown. Examples come from the caller first
 * (for rows of its own, or to pick a telling request), then from an automatic search over the
 * catalog, which tries a valid request to each endpoint and one variant per fault that a standard
 * row looks for. A row for which neither yields an example is listed as not reachable with this
 * catalog.
 *
 * <p>The output depends on the policy's {@link dev.statuspolicy.PolicyConfig#clock() clock} (dates
 * in the examples); build the policy with a fixed clock for a reproducible page. Rendering is
 * stateless and thread-safe.
 */
public final class StatusCodeReference {

  private StatusCodeReference() {}

  /**
   * Renders the reference of {@code policy} with examples found in its catalog.
   *
   * @param policy the policy, with its catalog
   * @return the Markdown page, ending in a line break
   * @throws NullPointerException if {@code policy} is null
   */
  public static String render(StatusPolicy policy) {
    return render(policy, Map.of());
  }

  /**
   * Renders the reference of {@code policy}, showing the given example for each row that has one,
   * and an example found in the catalog for every other row.
   *
   * @param policy the policy, with its catalog
   * @param examples an example per row id; each must be decided by its row
   * @return the Markdown page, ending in a line break
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a row id is not in the policy's table, or if the policy
   *     decides an example by another row than the one it illustrates
   */
  public static String render(StatusPolicy policy, Map<RowId, Example> examples) {
    Map<RowId, Example> chosen = examples(policy, examples);
    List<Illustrated> rows = new ArrayList<>();
    List<RowDefinition> table = policy.table();
    for (int i = 0; i < table.size(); i++) {
      RowDefinition row = table.get(i);
      Example example = chosen.get(row.id());
      Decision decision = example == null ? null : policy.decide(example.request(), example.outcome());
      rows.add(new Illustrated(i + 1, row, example, decision));
    }
    return new ReferenceMarkdown(policy, rows).render();
  }

  /**
   * Renders the same reference as an HTML page for people: the Markdown of {@link #render(
   * StatusPolicy, Map)} turned into HTML, with the same anchors, one style sheet and no script.
   * Serve it with the Content-Security-Policy of {@link Documentation}, which allows exactly that
   * sheet.
   *
   * @param policy the policy, with its catalog
   * @param examples an example per row id, as for {@link #render(StatusPolicy, Map)}
   * @return the HTML document
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException as for {@link #render(StatusPolicy, Map)}
   */
  public static String renderHtml(StatusPolicy policy, Map<RowId, Example> examples) {
    return HtmlPage.page("Status codes", MarkdownHtml.convert(render(policy, examples)));
  }

  /**
   * Returns the example shown for each row of the table that has one, in table order: the
   * caller's when given, else the first example found in the catalog that the row decides.
   *
   * @param policy the policy, with its catalog
   * @param supplied an example per row id; each must be decided by its row
   * @return an unmodifiable map from row id to example; rows with no example are absent
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a row id is not in the policy's table, or if the policy
   *     decides an example by another row than the one it illustrates
   */
  public static Map<RowId, Example> examples(StatusPolicy policy, Map<RowId, Example> supplied) {
    check(policy, supplied);
    Map<RowId, Example> found = new LinkedHashMap<>();
    List<Example> candidates = null;
    List<RowId> decided = null;
    for (RowDefinition row : policy.table()) {
      Example example = supplied.get(row.id());
      if (example == null) {
        if (candidates == null) {
          candidates = new ExampleSearch(policy).candidates();
          decided = new ArrayList<>(candidates.size());
          for (Example candidate : candidates) {
            decided.add(policy.decide(candidate.request(), candidate.outcome()).row());
          }
        }
        int at = decided.indexOf(row.id());
        example = at < 0 ? null : candidates.get(at);
      }
      if (example != null) {
        found.put(row.id(), example);
      }
    }
    return Collections.unmodifiableMap(found);
  }

  /**
   * Checks the caller's examples, as {@link #examples} does, without searching for the others.
   *
   * @param policy the policy
   * @param supplied an example per row id
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a row id is not in the policy's table, or the policy
   *     decides an example by another row than the one it illustrates
   */
  static void check(StatusPolicy policy, Map<RowId, Example> supplied) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(supplied, "examples");
    List<RowDefinition> table = policy.table();
    for (Map.Entry<RowId, Example> entry : supplied.entrySet()) {
      RowId id = Objects.requireNonNull(entry.getKey(), "examples: a row id");
      Example example = Objects.requireNonNull(entry.getValue(), "examples: the example of " + id);
      if (table.stream().noneMatch(row -> row.id().equals(id))) {
        throw new IllegalArgumentException("examples: the table has no row '" + id + "'");
      }
      RowId decidedBy = policy.decide(example.request(), example.outcome()).row();
      if (!decidedBy.equals(id)) {
        throw new IllegalArgumentException("examples: the example for row '" + id
            + "' is decided by row '" + decidedBy + "' (" + example.request() + ")");
      }
    }
  }

  /** A row of the table with its position, its example (if any) and the policy's decision on it. */
  record Illustrated(
      int position, RowDefinition row, @Nullable Example example, @Nullable Decision decision) {

    boolean reachable() {
      return decision != null;
    }

  }
}
