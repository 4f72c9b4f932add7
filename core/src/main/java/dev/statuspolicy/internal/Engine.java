package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.internal.parse.AgentClassifier;
import dev.statuspolicy.internal.parse.RecentQueries;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs the table: admission rows on the facts, response rows on the outcome, first firing row
 * decides. A row that throws, returns nothing, fires with a status it did not declare, or leaves
 * out evidence its status needs, is recorded as failed and {@code internal-error} decides. So is
 * a row that claims the kind of the custom outcome at hand and does not fire for it.
 *
 * <p>"Throws" means any {@link Throwable} (an {@link AssertionError} or {@link LinkageError} from
 * a product team's row or coverage shape included) except a {@link VirtualMachineError}: those
 * say the JVM itself can no longer be trusted (out of memory, an internal error), and are left to
 * the host. {@link StackOverflowError} is the one exception kept: a deep recursion in one row
 * unwinds fully before it is caught here, so the stack is usable again, and it is a row's bug
 * rather than the machine's.
 */
public final class Engine {

  private static final int NO_CLAIMANT = -1;

  private final PolicyConfig config;
  private final Rule[] rules;
  private final RowDefinition[] rows;
  private final Trace.Entry[][] entries;
  private final int firstResponse;
  private final AgentClassifier agents;
  private final DecisionWriter writer;
  private final RecentTraces traces;
  private final RecentQueries queries = new RecentQueries();
  /** The index of the row claiming each custom outcome kind. */
  private final Map<String, Integer> claimants;
  private final RowDefinition internalError = StandardRow.INTERNAL_ERROR.definition();
  private final Trace.Entry internalErrorFired = new Trace.Entry(internalError.id(), Trace.Verdict.FIRED);

  /**
   * Prepares the table of a policy.
   *
   * @param config the built configuration
   */
  public Engine(PolicyConfig config) {
    this.config = config;
    this.rules = config.rules().toArray(new Rule[0]);
    this.rows = config.table().toArray(new RowDefinition[0]);
    Trace.Verdict[] verdicts = Trace.Verdict.values();
    this.entries = new Trace.Entry[rows.length][verdicts.length];
    int first = rows.length;
    for (int i = 0; i < rows.length; i++) {
      for (Trace.Verdict verdict : verdicts) {
        entries[i][verdict.ordinal()] = new Trace.Entry(rows[i].id(), verdict);
      }
      if (first == rows.length && rows[i].phase() == Phase.RESPONSE) {
        first = i;
      }
    }
    this.firstResponse = first;
    this.traces = new RecentTraces(entries);
    Map<String, Integer> claimed = new HashMap<>();
    for (int i = 0; i < rows.length; i++) {
      for (String kind : rows[i].claims()) {
        claimed.put(kind, i);
      }
    }
    this.claimants = Map.copyOf(claimed);
    this.agents = new AgentClassifier(config.prohibitedAgents(), config.browserAgents());
    this.writer = new DecisionWriter(config);
  }

  /** {@return the built configuration} */
  PolicyConfig config() {
    return config;
  }

  /** {@return how this policy reads identification} */
  AgentClassifier agents() {
    return agents;
  }

  /** {@return the queries this policy read recently} */
  RecentQueries queries() {
    return queries;
  }

  /**
   * Runs the admission rows.
   *
   * @param facts the request
   * @return the evaluation, holding a decision when the request was turned away
   */
  public Evaluation admit(RequestFacts facts) {
    Evaluation evaluation = new Evaluation(this, facts, now(), rows.length);
    Decision decision = run(0, firstResponse, evaluation, evaluation, NO_CLAIMANT);
    if (decision != null) {
      evaluation.reject(decision);
    }
    return evaluation;
  }

  /**
   * Runs the response rows.
   *
   * @param evaluation an admitted evaluation
   * @param outcome the backend's outcome
   * @return the decision
   */
  public Decision respond(Evaluation evaluation, Outcome outcome) {
    RuleContext context;
    VerdictLog log;
    if (evaluation.answerFirst(outcome)) {
      context = evaluation;
      log = evaluation;
    } else {
      Evaluation.WithOutcome view = new Evaluation.WithOutcome(evaluation, outcome);
      context = view;
      log = view;
    }
    int claimant = NO_CLAIMANT;
    if (outcome instanceof Outcome.Custom custom) {
      claimant = claimants.getOrDefault(custom.kind(), NO_CLAIMANT);
    }
    Decision decision = run(firstResponse, rows.length, context, log, claimant);
    return decision != null ? decision : failure(context, log, rows.length, null);
  }

  /**
   * Classifies the request's identification.
   *
   * @param facts the request
   * @return the identification
   */
  public Identification identify(RequestFacts facts) {
    return agents.classify(facts);
  }

  /**
   * Names the quota of a request, as row {@code rate-limited} does.
   *
   * @param facts the request
   * @return the claim
   */
  public QuotaClaim quotaFor(RequestFacts facts) {
    return QuotaClaims.of(config, agents.classify(facts), config.catalog().resolve(facts.path()).product());
  }

  /**
   * Consults rows {@code from} to {@code to - 1} in order, recording each verdict in {@code log},
   * until one fires. Rows before {@code from} are already in the log. Row {@code claimant} (or
   * none, when {@link #NO_CLAIMANT}) claims the outcome's kind, and fails unless it fires.
   */
  private @Nullable Decision run(int from, int to, RuleContext context, VerdictLog log,
      int claimant) {
    for (int i = from; i < to; i++) {
      Finding finding;
      try {
        finding = rules[i].evaluate(context);
      } catch (Throwable failed) {
        Failures.rethrowIfFatal(failed);
        return failure(context, log, i, Breach.Kind.THREW, "threw " + failed.getClass().getName());
      }
      if (i == claimant && !(finding instanceof Finding.Fired)) {
        // passing on its own outcome would let it fall through to a 200 without data
        return failure(context, log, i, Breach.Kind.CLAIM_NOT_DECIDED, "did not fire for outcome"
            + " kind " + ((Outcome.Custom) context.outcome()).kind() + ", which it claims");
      }
      if (finding instanceof Finding.Fired fired) {
        Breach refused = refusal(rows[i], fired);
        if (refused != null) {
          return failure(context, log, i, refused.kind(), refused.detail());
        }
        log.record(i, Trace.Verdict.FIRED);
        try {
          return writer.write(rows[i], fired.status(), fired.evidence(), context,
              traces.of(log, i, withheld(rows[i], fired)));
        } catch (Throwable failed) {
          Failures.rethrowIfFatal(failed);
          return failure(context, log, i, Breach.Kind.UNWRITABLE,
              "fired " + fired.status().code() + ", which could not be written ("
                  + failed.getClass().getName() + ")");
        }
      } else if (finding instanceof Finding.Passed) {
        log.record(i, Trace.Verdict.PASSED);
      } else if (finding instanceof Finding.NotApplicable) {
        log.record(i, Trace.Verdict.NOT_APPLICABLE);
      } else {
        return failure(context, log, i, Breach.Kind.NO_FINDING, "returned no finding");
      }
    }
    return null;
  }

  /**
   * Says why a firing breaks the guarantees, or returns null when it keeps them: a declared
   * status, and the evidence that status needs.
   */
  private static @Nullable Breach refusal(RowDefinition row, Finding.Fired fired) {
    HttpStatus status = fired.status();
    Evidence evidence = fired.evidence();
    if (!row.statuses().contains(status)) {
      StringBuilder declared = new StringBuilder();
      for (HttpStatus allowed : row.statuses()) {
        declared.append(declared.length() == 0 ? "" : ", ").append(allowed.code());
      }
      return new Breach(row.id(), Breach.Kind.UNDECLARED_STATUS, "fired " + status.code()
          + ", which it does not declare (it declares " + declared + ")");
    }
    String missing = switch (status) {
      case UNAUTHORIZED -> evidence.challenge() == null ? "a challenge" : null;
      case TOO_MANY_REQUESTS -> evidence.quota() == null ? "the quota" : null;
      case MOVED_PERMANENTLY -> evidence.location() == null ? "a location" : null;
      default -> null;
    };
    return missing == null ? null : new Breach(row.id(), Breach.Kind.MISSING_EVIDENCE,
        "fired " + status.code() + " without " + missing + ", which a " + status.code() + " needs");
  }

  /**
   * Returns the breach of a server fault that brings evidence it never shows (anything but
   * {@code retryAfter}), or null: the row still decides, and the writer drops that evidence.
   */
  private static @Nullable Breach withheld(RowDefinition row, Finding.Fired fired) {
    Evidence evidence = fired.evidence();
    if (!fired.status().isServerError() || evidence == Evidence.NONE || onlyRetryAfter(evidence)) {
      return null;
    }
    return new Breach(row.id(), Breach.Kind.WITHHELD_EVIDENCE, "fired " + fired.status().code()
        + " with evidence a server fault never shows; only retryAfter was kept");
  }

  /**
   * Whether the evidence holds nothing but (at most) a retry delay. Every other component is
   * compared with its empty value in place, rather than building evidence to compare with: every
   * 503 passes here. WithheldEvidenceTest sets each component of {@link Evidence} in turn,
   * and fails for a component added to the record and not checked here.
   */
  private static boolean onlyRetryAfter(Evidence e) {
    return e.detail().isEmpty() && e.parameterErrors().isEmpty() && e.allowedMethods().isEmpty()
        && e.challenge() == null && e.quota() == null && e.coverage() == null
        && e.successor() == null && e.successorLink() == null && e.deprecation() == null
        && e.sunset() == null && e.deprecationLink() == null && e.location() == null;
  }

  /**
   * Records row {@code failed} as FAILED for the reason given, and lets {@code internal-error}
   * decide after it.
   */
  private Decision failure(RuleContext context, VerdictLog log, int failed, Breach.Kind kind,
      String detail) {
    log.record(failed, Trace.Verdict.FAILED);
    return failure(context, log, failed + 1, new Breach(rows[failed].id(), kind, detail));
  }

  /** Lets {@code internal-error} decide, after the first {@code consulted} rows of the log. */
  private Decision failure(RuleContext context, VerdictLog log, int consulted,
      @Nullable Breach breach) {
    return writer.write(internalError, HttpStatus.INTERNAL_SERVER_ERROR, Evidence.NONE, context,
        new Trace(log.trace(entries, consulted, internalErrorFired), breach));
  }

  /**
   * Reads the host's clock. A clock that throws anything but a fatal error reads as the epoch:
   * lifecycle dates then count as not yet reached, and no request is refused for want of a time.
   */
  private Instant now() {
    try {
      return config.clock().instant();
    } catch (Throwable clockFailed) {
      Failures.rethrowIfFatal(clockFailed);
      return Instant.EPOCH;
    }
  }
}
