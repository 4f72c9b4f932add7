package dev.statuspolicy.host;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.StandardRow;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@link dev.statuspolicy.StatusPolicy#serve} did, for the host's logs and metrics: the
 * facts, what the backend did, and the decision that was written.
 *
 * @param facts the request as the host described it
 * @param outcome the backend's outcome, with the cause of an unexpected failure; null when the
 *     request was turned away and the backend never called
 * @param decision the decision written through the sink
 */
public record Served(RequestFacts facts, @Nullable Outcome outcome, Decision decision) {

  /**
   * @param facts the request as the host described it; not null
   * @param outcome the backend's outcome; null when the backend was never called
   * @param decision the decision written through the sink; not null
   * @throws NullPointerException if {@code facts} or {@code decision} is null
   */
  public Served {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * Returns whether the backend was called.
   *
   * @return false when the request was turned away at admission
   */
  public boolean reachedBackend() {
    return outcome != null;
  }

  /**
   * Returns the cause of an unexpected failure, for the host's logs: the exception the backend
   * threw, or the one its reply carried. It never reached the response.
   *
   * @return the cause, or null when there was none
   */
  public @Nullable Throwable failure() {
    return outcome instanceof Outcome.UnexpectedFailure failed ? failed.cause() : null;
  }

  /**
   * Returns whether the quota of this request could not be counted (the host's quota store down,
   * or slower than its timeout), so that row {@code quota-unknown} applied the policy's {@link
   * dev.statuspolicy.QuotaOutage}: true whether the request was admitted uncounted (fail-open) or
   * refused with 503 (fail-closed).
   *
   * @return true when the quota was unknown
   */
  public boolean quotaUnknown() {
    Trace.Verdict verdict = decision.trace().verdictOf(StandardRow.QUOTA_UNKNOWN.id());
    return verdict == Trace.Verdict.PASSED || verdict == Trace.Verdict.FIRED;
  }

  /**
   * Returns one line for an access log: method, target, status and deciding row, such as {@code
   * GET /weatherapi/x?lat=1 -> 404 product-unknown}, and {@code (quota unknown)} at the end when
   * {@link #quotaUnknown()}. The target is the one the host gave, with
   * control characters replaced, so the line cannot forge another.
   *
   * @return the line
   */
  public String logLine() {
    String target = facts.path() + (facts.query().isEmpty() ? "" : "?" + facts.query());
    String line = facts.method() + " " + target + " -> " + decision.status().code() + " "
        + decision.row() + (decision.sendsResponse() ? "" : " (nothing sent)")
        + (quotaUnknown() ? " (quota unknown)" : "");
    return HeaderText.sanitize(line, Integer.MAX_VALUE);
  }
}
