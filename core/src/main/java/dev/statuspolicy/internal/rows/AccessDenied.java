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
 * Row 10, {@code access-denied}: valid credentials that lack the product's scope. The challenge
 * carries {@code error="insufficient_scope"}, as RFC 6750 asks.
 */
public final class AccessDenied implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Target target = context.target();
    if (target == null || !(target.product().access() instanceof Access.Restricted restricted)) {
      return Finding.notApplicable();
    }
    if (!(context.facts().credentials() instanceof Credentials.Valid valid)) {
      return Finding.notApplicable();
    }
    if (valid.grants(restricted.scope())) {
      return Finding.passed();
    }
    return Finding.fired(HttpStatus.FORBIDDEN, Evidence.builder()
        .detail("The credentials are valid but do not grant the scope '" + restricted.scope()
            + "' that product " + target.product().name() + " requires.")
        .challenge(new Challenge(restricted.realm(), restricted.scope(), "insufficient_scope"))
        .build());
  }
}
