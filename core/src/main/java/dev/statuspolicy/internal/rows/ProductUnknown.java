package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.HeaderText;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 6, {@code product-unknown}: the path names no product, version or endpoint of the catalog.
 * An {@code available} action on a product that does not list it lands here too.
 */
public final class ProductUnknown implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Lookup lookup = context.lookup();
    String detail;
    if (lookup instanceof Lookup.Found) {
      return Finding.passed();
    } else if (lookup instanceof Lookup.UnknownProduct unknown) {
      detail = "There is no product named '" + shown(unknown.name()) + "'.";
    } else if (lookup instanceof Lookup.UnknownVersion unknown) {
      detail = "Product " + unknown.product().name() + " has no version '" + shown(unknown.version())
          + "'; its current version is " + unknown.product().currentVersion() + ".";
    } else if (lookup instanceof Lookup.UnknownEndpoint unknown) {
      detail = "Version " + unknown.product().name() + "/" + unknown.version().version()
          + " has no endpoint '" + shown(unknown.endpoint()) + "'.";
    } else {
      detail = "The path does not name a product, version and endpoint of this API.";
    }
    return Finding.fired(HttpStatus.NOT_FOUND, Evidence.of(detail));
  }

  private static String shown(String segment) {
    return HeaderText.sanitize(segment, 64);
  }
}
