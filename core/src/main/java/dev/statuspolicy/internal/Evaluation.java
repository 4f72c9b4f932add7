package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RuleContext;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One request's evaluation: the facts, the facts derived from them on first use, the admission
 * rows' verdicts, and the decision when admission turned the request away.
 *
 * <p>The first answer to an admission is given on this object itself: the outcome is set here,
 * and the response rows' verdicts follow the admission rows' in the same log, so a request
 * answered once (almost every request) costs one object. Any further answer, on this thread or
 * another, gets a response-phase view of its own, which copies the admission's verdicts and
 * replaces the rest as it runs: so one admission may still be answered more than once, even at
 * the same time.
 */
public final class Evaluation extends VerdictLog implements RuleContext {

  private static final VarHandle ANSWERED;

  static {
    try {
      ANSWERED = MethodHandles.lookup().findVarHandle(Evaluation.class, "answered", int.class);
    } catch (ReflectiveOperationException missing) {
      throw new ExceptionInInitializerError(missing);
    }
  }

  private final Engine engine;
  private final RequestFacts facts;
  private final Instant now;
  private @Nullable Lookup lookup;
  private @Nullable Identification identification;
  private @Nullable Parameters parameters;
  private @Nullable Decision decision;
  private @Nullable QuotaUsage usage;
  private @Nullable Outcome outcome;
  private boolean quotaUnknown;
  /**
   * 1 once the first answer began; read and set only through {@link #ANSWERED}. An {@code int},
   * since a compare-and-set of a {@code boolean} is a loop over the word around it.
   */
  @SuppressWarnings("unused")
  private int answered;

  Evaluation(Engine engine, RequestFacts facts, Instant now, int rows) {
    super(rows);
    this.engine = engine;
    this.facts = facts;
    this.now = now;
  }

  /**
   * Claims this object for the first answer: when this returns true, the response rows run on
   * this object with the outcome given; when false, another answer came first, and this one needs
   * a view of its own.
   */
  boolean answerFirst(Outcome answer) {
    if (!ANSWERED.compareAndSet(this, 0, 1)) {
      return false;
    }
    this.outcome = answer;
    return true;
  }

  @Override
  public RequestFacts facts() {
    return facts;
  }

  @Override
  public PolicyConfig config() {
    return engine.config();
  }

  @Override
  public Instant now() {
    return now;
  }

  @Override
  public Lookup lookup() {
    Lookup found = lookup;
    if (found == null) {
      found = engine.config().catalog().resolve(facts.path());
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
      found = engine.agents().classify(facts);
      identification = found;
    }
    return found;
  }

  @Override
  public Parameters parameters() {
    Parameters found = parameters;
    if (found == null) {
      Target target = target();
      found = target == null ? Parameters.none() : engine.queries().parse(facts.query(), target.endpoint());
      parameters = found;
    }
    return found;
  }

  /** {@return null while admitting; the outcome of the first answer once it began} */
  @Override
  public @Nullable Outcome outcome() {
    return outcome;
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
      return admission.config();
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
