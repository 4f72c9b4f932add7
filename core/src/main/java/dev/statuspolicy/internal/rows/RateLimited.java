package dev.statuspolicy.internal.rows;

import dev.statuspolicy.Quota;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;
import java.time.Duration;

/**
 * Row 5, {@code rate-limited}: the application's usage, as the host counted it, is over the
 * applicable quota: the identified quota for identified clients, and the far lower unidentified
 * quota for the unidentified clients lenient products let through.
 */
public final class RateLimited implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Quota quota = context.identification().identified()
        ? context.config().identifiedQuota()
        : context.config().unidentifiedQuota();
    QuotaUsage usage = context.facts().quota();
    if (!quota.exceededBy(usage)) {
      return Finding.passed();
    }
    Duration retry = usage.resetIn().isZero() ? Duration.ofSeconds(1) : usage.resetIn();
    return Finding.fired(HttpStatus.TOO_MANY_REQUESTS, Evidence.builder()
        .detail("This application made " + usage.requests() + " requests in "
            + usage.window().getSeconds() + " s, over the limit of " + quota.requests()
            + " per " + quota.window().getSeconds() + " s"
            + (context.identification().identified() ? "." : " for clients that do not identify themselves."))
        .quota(quota)
        .retryAfter(retry)
        .build());
  }
}
