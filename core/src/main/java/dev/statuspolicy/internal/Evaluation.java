package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.internal.parse.AgentClassifier;
import dev.statuspolicy.internal.parse.QueryParser;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RuleContext;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One request's evaluation: the facts, the facts derived from them on first use, the admission
 * rows' verdicts, and the decision when admission turned the request away. A response-phase view adds the
 * outcome without changing this object, so one admission may be answered more than once.
 */
public final class Evaluation extends VerdictLog implements RuleContext {

  private final PolicyConfig config;
  private final RequestFacts facts;
  private final AgentClassifier agents;
  private final Instant now;
  private @Nullable Lookup lookup;
  private @Nullable Identification identification;
  private @Nullable Parameters parameters;
  private @Nullable Decision decision;
  private @Nullable QuotaUsage usage;
  private boolean quotaUnknown;

  Evaluation(PolicyConfig config, RequestFacts facts, AgentClassifier agents, Instant now, int rows) {
    super(rows);
    this.config = config;
    this.facts = facts;
    this.agents = agents;
    this.now = now;
  }

  @Override
  public RequestFacts facts() {
    return facts;
  }

  @Override
  public PolicyConfig config() {
    return config;
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Lookup lookup() {
    Lookup found = lookup;
    if (found == null) {
      found = config.catalog().resolve(facts.path());
      lookup = found;
    }
    return found;
  }

  @Override
  public @Nullable Target target() {
    return lookup() instanceof Lookup.Found found ? found.target() : null;
  }

  @Override
  public Identification identification() {
    Identification found = identification;
    if (found == null) {
      found = agents.classify(facts);
      identification = found;
    }
    return found;
  }

  @Override
  public Parameters parameters() {
    Parameters found = parameters;
    if (found == null) {
      Target target = target();
      found = target == null ? Parameters.none() : QueryParser.parse(facts.query(), target.endpoint());
      parameters = found;
    }
    return found;
  }

  @Override
  public @Nullable Outcome outcome() {
    return null;
  }

  /** Returns the rejection, or null when the request was admitted. */
  public @Nullable Decision decision() {
    return decision;
  }

  void reject(Decision rejection) {
    this.decision = rejection;
  }

  /**
   * Records the usage row {@code rate-limited} compared, so that a success may advertise it.
   *
   * @param counted the usage, for this request's claim
   */
  public void counted(QuotaUsage counted) {
    this.usage = counted;
  }

  /**
   * Records that row {@code rate-limited} could not learn the usage: the facts said so, or the
   * counter threw {@link dev.statuspolicy.QuotaUnavailableException}. Row {@code quota-unknown}
   * reads it.
   */
  public void markQuotaUnknown() {
    this.quotaUnknown = true;
  }

  /** {@return whether row {@code rate-limited} could not learn the usage} */
  public boolean isQuotaUnknown() {
    return quotaUnknown;
  }

  /** Returns the usage row {@code rate-limited} compared; null before it ran, or when not counted. */
  @Nullable QuotaUsage usage() {
    return usage;
  }

  /** A response-phase view: the same request, plus the backend's outcome. */
  static final class WithOutcome extends VerdictLog implements RuleContext {
    private final Evaluation admission;
    private final Outcome outcome;

    WithOutcome(Evaluation admission, Outcome outcome) {
      super(admission);
      this.admission = admission;
      this.outcome = outcome;
    }

    Evaluation admission() {
      return admission;
    }

    @Override
    public RequestFacts facts() {
      return admission.facts;
    }

    @Override
    public PolicyConfig config() {
      return admission.config;
    }

    @Override
    public Instant now() {
      return admission.now;
    }

    @Override
    public Lookup lookup() {
      return admission.lookup();
    }

    @Override
    public @Nullable Target target() {
      return admission.target();
    }

    @Override
    public Identification identification() {
      return admission.identification();
    }

    @Override
    public Parameters parameters() {
      return admission.parameters();
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }
  }
}
