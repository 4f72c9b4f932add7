package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.reference.StatusCodeReference;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The guarantees of the table as a whole, checked over the deterministic sweep of a catalog:
 * every row reachable or declared unreachable, the team rows' precedence against the edge and
 * against 499 and 500, and the reference. Each sweep exchange is checked one by one first.
 */
public final class TableChecks {

  /** The standard rows no team row may answer before, and the fault that makes each fire. */
  private enum Fault {
    BLOCKED(StandardRow.CLIENT_BLOCKED, "a blocked client learns nothing else"),
    POST(StandardRow.METHOD_NOT_ALLOWED, "a method other than GET or HEAD is refused at the edge"),
    TOO_LONG(StandardRow.TARGET_TOO_LONG, "an over-long target is refused at the edge"),
    UNIDENTIFIED(StandardRow.CLIENT_UNIDENTIFIED, "a strict product refuses an unidentified client at the edge"),
    OVER_QUOTA(StandardRow.RATE_LIMITED, "quota is checked before any product logic"),
    CLIENT_CLOSED(StandardRow.CLIENT_CLOSED_REQUEST, "a client that hung up gets nothing else"),
    UNEXPECTED_FAILURE(StandardRow.INTERNAL_ERROR, "an unexpected failure is a 500 before any team mapping");

    final StandardRow row;
    final String rule;

    Fault(StandardRow row, String rule) {
      this.row = row;
      this.rule = rule;
    }
  }

  private final StatusPolicy policy;
  private final CatalogSpace space;
  private final DecisionChecks checks;
  private final List<RowDefinition> table;
  private final Set<RowId> standard;
  /** The sweep's decisions, made once for the three checks that read them. */
  private Swept cachedSweep;

  /**
   * Prepares the checks of a policy.
   *
   * @param policy the policy under test
   */
  public TableChecks(StatusPolicy policy) {
    this.policy = policy;
    this.space = new CatalogSpace(policy);
    this.checks = new DecisionChecks(policy);
    this.table = policy.table();
    this.standard = java.util.Arrays.stream(StandardRow.values()).map(StandardRow::id).collect(Collectors.toSet());
  }

  /**
   * What the sweep found.
   *
   * @param exchanges the exchanges, in sweep order
   * @param decisions the decision of each, in the same order
   */
  public record Swept(List<Exchange> exchanges, List<Decision> decisions) {}

  /**
   * Decides every exchange of the sweep, checking nothing; the first call decides, later calls
   * return the same decisions.
   *
   * @return the sweep and its decisions
   * @throws ContractViolation when a decision throws
   */
  public synchronized Swept sweep() {
    if (cachedSweep != null) {
      return cachedSweep;
    }
    List<Exchange> exchanges = space.sweep();
    List<Decision> decisions = new ArrayList<>(exchanges.size());
    for (Exchange exchange : exchanges) {
      decisions.add(checks.decide(exchange));
    }
    cachedSweep = new Swept(exchanges, List.copyOf(decisions));
    return cachedSweep;
  }

  /**
   * Checks every guarantee of every decision of the sweep.
   *
   * @return how many exchanges were checked
   * @throws ContractViolation for the first guarantee an exchange breaks
   */
  public int checkSweep() {
    List<Exchange> exchanges = space.sweep();
    for (Exchange exchange : exchanges) {
      checks.check(exchange);
    }
    return exchanges.size();
  }

  /**
   * Checks that every row decides some exchange of the sweep, or is declared unreachable, and
   * that no row declared unreachable decides one.
   *
   * @param declared the team's declared reasons
   * @return how many exchanges each row decided, in table order
   */
  public Map<RowId, Integer> reachability(Map<RowId, String> declared) {
    Map<RowId, String> derived = DerivedReasons.of(policy.config());
    for (Map.Entry<RowId, String> reason : declared.entrySet()) {
      if (table.stream().noneMatch(r -> r.id().equals(reason.getKey()))) {
        throw new ContractViolation(Guarantee.REACHABILITY, reason.getKey().value(), null,
            "unreachableRows() names " + reason.getKey() + ", which is not a row of the table");
      }
      if (reason.getValue() == null || reason.getValue().isBlank()) {
        throw new ContractViolation(Guarantee.REACHABILITY, reason.getKey().value(), null,
            "unreachableRows() declares " + reason.getKey() + " without a reason: say why no request reaches it");
      }
    }
    Swept swept = sweep();
    Map<RowId, Integer> decided = new LinkedHashMap<>();
    Map<RowId, Integer> consulted = new LinkedHashMap<>();
    for (RowDefinition row : table) {
      decided.put(row.id(), 0);
      consulted.put(row.id(), 0);
    }
    for (Decision decision : swept.decisions()) {
      for (Trace.Entry entry : decision.trace().entries()) {
        consulted.merge(entry.row(), 1, Integer::sum);
        if (entry.verdict() == Trace.Verdict.FIRED || entry.verdict() == Trace.Verdict.FAILED) {
          decided.merge(entry.row(), 1, Integer::sum);
        }
      }
    }
    for (RowDefinition row : table) {
      RowId id = row.id();
      int count = decided.get(id);
      if (count > 0 && declared.containsKey(id)) {
        throw new ContractViolation(Guarantee.REACHABILITY, id.value(), firstDecidedBy(swept, id),
            "unreachableRows() declares " + id + " unreachable (" + declared.get(id) + "), yet it decided "
                + count + " requests of the catalog, this one among them: remove it from unreachableRows()");
      }
      if (count == 0 && !declared.containsKey(id) && !derived.containsKey(id)) {
        throw new ContractViolation(Guarantee.REACHABILITY, id.value(), null, unreached(swept, id, consulted.get(id)));
      }
    }
    return decided;
  }

  private String unreached(Swept swept, RowId id, int consulted) {
    int position = indexOf(id);
    Map<RowId, Integer> before = new TreeMap<>(Comparator.comparing(RowId::value));
    for (Decision decision : swept.decisions()) {
      if (indexOf(decision.row()) < position) {
        before.merge(decision.row(), 1, Integer::sum);
      }
    }
    String earlier = before.entrySet().stream()
        .sorted(Comparator.<Map.Entry<RowId, Integer>, Boolean>comparing(e -> standard.contains(e.getKey()))
            .thenComparing(Map.Entry::getValue, Comparator.reverseOrder()))
        .limit(3).map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
    return "row " + id + " decided none of the " + swept.exchanges().size() + " requests of the catalog's sweep;"
        + " it was consulted " + consulted + " times and never fired. If an earlier row answers every request it"
        + " would answer, it is shadowed: earlier rows that decided instead, team rows first: "
        + (earlier.isEmpty() ? "none" : earlier) + ". Move it, or declare it in unreachableRows() with a reason";
  }

  private static Exchange firstDecidedBy(Swept swept, RowId id) {
    for (int i = 0; i < swept.decisions().size(); i++) {
      if (swept.decisions().get(i).row().equals(id)) {
        return swept.exchanges().get(i);
      }
    }
    return null;
  }

  /**
   * Checks that the edge rows, {@code client-closed-request} and {@code internal-error} keep
   * their precedence over every team row: each sweep exchange a team row decides is given each
   * fault in turn, and the fault's own row must then decide.
   *
   * @return how many faulted exchanges were checked
   */
  public int precedence() {
    Swept swept = sweep();
    int checked = 0;
    for (int i = 0; i < swept.decisions().size(); i++) {
      Decision decision = swept.decisions().get(i);
      if (standard.contains(decision.row())) {
        continue;
      }
      Exchange exchange = swept.exchanges().get(i);
      boolean admission = table.get(indexOf(decision.row())).phase() == dev.statuspolicy.table.Phase.ADMISSION;
      for (Fault fault : Fault.values()) {
        boolean outcomeFault = fault == Fault.CLIENT_CLOSED || fault == Fault.UNEXPECTED_FAILURE;
        Exchange faulted = admission && outcomeFault ? null : apply(fault, exchange);
        if (faulted == null) {
          continue;
        }
        checked++;
        Decision answer = checks.decide(faulted);
        if (!answer.row().equals(fault.row.id())) {
          throw new ContractViolation(Guarantee.PRECEDENCE, Violations.decidingRow(answer), faulted,
              fault.rule + ", but " + answer.row() + " answered where " + fault.row.id()
                  + " must: insert team rows after " + StandardRow.QUOTA_UNKNOWN.id()
                  + " (admission) or after " + StandardRow.INTERNAL_ERROR.id() + " (response)");
        }
      }
    }
    return checked;
  }

  private Exchange apply(Fault fault, Exchange exchange) {
    Request request = exchange.request();
    return switch (fault) {
      case BLOCKED -> exchange.with(request.withBlocklist(BlocklistStanding.BLOCKED));
      case POST -> exchange.with(request.withMethod("POST"));
      case TOO_LONG -> exchange.with(request.withQuery(request.query() + "&pad="
          + "x".repeat(policy.config().maxTargetLength())));
      case UNIDENTIFIED -> strict(request) ? exchange.with(request.without("User-Agent").without("Origin")
          .without("Referer")) : null;
      case OVER_QUOTA -> exchange.with(request.withQuota(Request.QuotaState.OVER));
      case CLIENT_CLOSED -> exchange.with(Outcome.clientClosed());
      case UNEXPECTED_FAILURE -> exchange.with(Outcome.unexpectedFailure(null));
    };
  }

  private boolean strict(Request request) {
    var product = policy.config().catalog().resolve(request.path()).product();
    return product != null && product.identification() == dev.statuspolicy.catalog.IdentificationMode.STRICT;
  }

  /**
   * Checks that the reference renders, and that it holds an example for every team row which,
   * run through the policy, that row decides.
   *
   * @param supplied the examples the team gives its reference, by row
   * @return the team rows with an example
   */
  public List<RowId> reference(Map<RowId, Example> supplied) {
    String page;
    Map<RowId, Example> examples;
    try {
      examples = StatusCodeReference.examples(policy, supplied);
      page = StatusCodeReference.render(policy, supplied);
    } catch (RuntimeException thrown) {
      throw new ContractViolation(Guarantee.REFERENCE, "none", null, "rendering the reference threw "
          + thrown.getClass().getName() + ": every row's definition, coverage and parameter type must describe itself");
    }
    List<RowId> shown = new ArrayList<>();
    Swept swept = sweep();
    for (RowDefinition row : table) {
      if (standard.contains(row.id())) {
        continue;
      }
      Example example = examples.get(row.id());
      if (example == null && !decidesCleanly(swept, row.id())) {
        // a row that never decides, or only fails, is reported under its own guarantee
        continue;
      }
      if (example == null) {
        throw new ContractViolation(Guarantee.REFERENCE, row.id().value(), null, "the reference has no example for "
            + row.id() + ": give one in referenceExamples(), and to StatusCodeReference.render(policy, examples)");
      }
      Decision decision = policy.decide(example.request(), example.outcome());
      if (!decision.row().equals(row.id())) {
        throw new ContractViolation(Guarantee.REFERENCE, Violations.decidingRow(decision), null, "the reference's"
            + " example for " + row.id() + " is decided by " + decision.row() + " when it runs");
      }
      if (!page.contains(row.id().value()) || !page.contains(row.title())) {
        throw new ContractViolation(Guarantee.REFERENCE, row.id().value(), null,
            "the reference does not show row " + row.id() + " with its title");
      }
      shown.add(row.id());
    }
    return shown;
  }

  /** Whether the row decided some exchange of the sweep, and never breached a guarantee. */
  private static boolean decidesCleanly(Swept swept, RowId id) {
    boolean decided = false;
    for (Decision decision : swept.decisions()) {
      var breach = decision.trace().breach();
      if (breach != null && breach.row().equals(id)) {
        return false;
      }
      decided |= decision.row().equals(id);
    }
    return decided;
  }

  private int indexOf(RowId id) {
    for (int i = 0; i < table.size(); i++) {
      if (table.get(i).id().equals(id)) {
        return i;
      }
    }
    return table.size();
  }
}
