package dev.statuspolicy.internal.rows;

import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.Evaluation;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 5a, {@code quota-unknown}: row {@code rate-limited} could not learn the usage, because the
 * host's counter threw {@link dev.statuspolicy.QuotaUnavailableException} or the facts say {@link
 * dev.statuspolicy.request.RequestFacts#quotaUnknown()}. Not applicable when the usage was known
 * (or the host counts nothing). Otherwise the policy's {@link QuotaOutage} answers: fail-open
 * passes, so the trace keeps the fact that the request was admitted uncounted; fail-closed fires
 * 503 with its {@code Retry-After}.
 */
public final class QuotaUnknown implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    // rate-limited, just before, knows whether the usage came: from the facts, the counter, or neither
    if (!(context instanceof Evaluation evaluation) || !evaluation.isQuotaUnknown()) {
      return Finding.notApplicable();
    }
    if (context.config().quotaOutage() instanceof QuotaOutage.FailClosed closed) {
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
          Evidence.builder().retryAfter(closed.retryAfter()).build());
    }
    return Finding.passed();
  }
}
