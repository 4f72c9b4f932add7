package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;
import java.util.List;

/**
 * Row 3, {@code method-not-allowed}: only GET and HEAD are served. Methods are case-sensitive
 * (RFC 9110 section 9.1), so {@code get} is not GET.
 */
public final class MethodNotAllowed implements RowLogic {

  private static final List<String> ALLOWED = List.of("GET", "HEAD");

  @Override
  public Finding evaluate(RuleContext context) {
    String method = context.facts().method();
    if (method.equals("GET") || method.equals("HEAD")) {
      return Finding.passed();
    }
    String shown = method.isEmpty() ? "(none)" : HeaderText.sanitize(method, 32);
    return Finding.fired(HttpStatus.METHOD_NOT_ALLOWED, Evidence.builder()
        .detail("The method " + shown + " is not supported; only GET and HEAD are.")
        .allowedMethods(ALLOWED)
        .build());
  }
}
