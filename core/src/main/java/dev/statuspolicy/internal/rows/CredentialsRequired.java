package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.table.Challenge;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 9, {@code credentials-required}: a restricted product, and no valid credentials. The
 * challenge says {@code error="invalid_token"} when credentials were sent but failed (RFC 6750).
 */
public final class CredentialsRequired implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null || !(target.product().access() instanceof Access.Restricted restricted)) {
      return Finding.notApplicable();
    }
    Credentials credentials = context.facts().credentials();
    if (credentials instanceof Credentials.Valid) {
      return Finding.passed();
    }
    boolean invalid = credentials instanceof Credentials.Invalid;
    return Finding.fired(HttpStatus.UNAUTHORIZED, Evidence.builder()
        .detail(invalid
            ? "The credentials sent could not be verified."
            : "Product " + target.product().name() + " requires credentials, and none were sent.")
        .challenge(new Challenge(restricted.realm(), restricted.scope(), invalid ? "invalid_token" : null))
        .build());
  }
}
