package dev.statuspolicy.internal.rows;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.Evaluation;
import dev.statuspolicy.internal.QuotaClaims;
import dev.statuspolicy.internal.render.QuotaText;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;
import java.time.Duration;

/**
 * Row 5, {@code rate-limited}: the application's usage, counted in the window of the quota the
 * policy named for it, is over that quota's limit. The quota is the identified one for
 * identified clients, and the far lower unidentified one for the unidentified clients lenient
 * products let through; a product may declare its own.
 *
 * <p>The usage is the one the host passed in the facts, else what the policy's counter returns;
 * the counter is called here, so only for requests that reach this row. When the facts say the
 * quota is unknown, or the counter throws {@link QuotaUnavailableException}, the row passes and
 * leaves the decision to row {@code quota-unknown}, right after it. A usage counted for
 * another claim is not compared at all: this row fails, and {@code internal-error} decides, as
 * for a counter that throws. Comparing it would be comparing counts of different windows.
 */
public final class RateLimited implements RowLogic {

  private static final Duration AT_LEAST = Duration.ofSeconds(1);

  @Override
  public Finding evaluate(RuleContext context) {
    QuotaClaim claim = QuotaClaims.of(context);
    QuotaUsage usage = context.facts().quota();
    if (usage == null) {
      if (context.facts().quotaUnknown()) {
        return unknown(context);
      }
      try {
        usage = context.config().quotaCounter().count(claim);
      } catch (QuotaUnavailableException storeDown) {
        // the one failure a counter reports on purpose: row quota-unknown applies the outage
        // setting; the exception's text goes nowhere, as the host's counter logs its own store
        return unknown(context);
      }
      if (usage == null) {
        return Finding.passed();
      }
    }
    if (!usage.claim().equals(claim)) {
      throw new IllegalStateException("the usage was counted for another quota than "
          + claim.quota().name() + ", or for another client");
    }
    if (context instanceof Evaluation evaluation) {
      evaluation.counted(usage);
    }
    if (!usage.over()) {
      return Finding.passed();
    }
    // Retry-After and RateLimit's t are whole seconds, at least 1: the window has room then.
    Duration retry = usage.resetIn().compareTo(AT_LEAST) < 0 ? AT_LEAST : usage.resetIn();
    return Finding.fired(HttpStatus.TOO_MANY_REQUESTS, Evidence.builder()
        .detail(claim.identified()
            ? "This application has " + QuotaText.requests(usage.requests())
                + " counted in the current window, over its limit of " + QuotaText.limit(claim.quota()) + "."
            : "Clients that do not identify themselves have " + QuotaText.requests(usage.requests())
                + " counted in the current window, over their shared limit of "
                + QuotaText.limit(claim.quota()) + ".")
        .quota(claim.quota())
        .retryAfter(retry)
        .build());
  }

  /** Passes without a usage, and tells row {@code quota-unknown} that the quota is unknown. */
  private static Finding unknown(RuleContext context) {
    if (context instanceof Evaluation evaluation) {
      evaluation.markQuotaUnknown();
    }
    return Finding.passed();
  }
}
