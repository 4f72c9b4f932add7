package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 2a, {@code target-too-long}: the raw request target, path plus {@code ?} plus query string,
 * is longer than the policy's limit. RFC 9110 section 15.5.15 asks a server to answer 414 to a
 * target longer than it is willing to parse, and this row comes before every row that reads the
 * query, so an over-long query is never decoded. The length is counted in characters of the raw
 * (undecoded) target, which are its octets for a target sent as HTTP requires, in ASCII.
 */
public final class TargetTooLong implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    RequestFacts facts = context.facts();
    int query = facts.query().length();
    // a long, not an int: two lengths near Integer.MAX_VALUE must not wrap around to "short"
    long length = (long) facts.path().length() + (query == 0 ? 0 : query + 1L);
    int limit = context.config().maxTargetLength();
    if (length <= limit) {
      return Finding.passed();
    }
    return Finding.fired(HttpStatus.URI_TOO_LONG, Evidence.of(
        "The request target is " + length + " characters long; this API reads at most " + limit
            + "."));
  }
}
