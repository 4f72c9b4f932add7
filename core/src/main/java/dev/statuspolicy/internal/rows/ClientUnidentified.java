package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 4, {@code client-unidentified}: a strict product (or, for a path naming no product, a
 * strict site) refuses a client that names no application in {@code User-Agent}, {@code Origin}
 * or {@code Referer}: a missing or blank agent, generic library names only, or a browser's agent
 * without the site's {@code Origin} or {@code Referer}. Lenient products let such clients
 * through, to row 5's lower quota.
 */
public final class ClientUnidentified implements RowLogic {

  @Override
  public Finding evaluate(RuleContext context) {
    Product product = context.lookup().product();
    IdentificationMode mode = product != null ? product.identification() : context.config().siteIdentification();
    if (mode != IdentificationMode.STRICT) {
      return Finding.notApplicable();
    }
    Identification identification = context.identification();
    if (identification.identified()) {
      return Finding.passed();
    }
    String why = switch (identification.kind()) {
      case MISSING -> "The request has no User-Agent header, so it does not identify an application.";
      case BLANK -> "The User-Agent header is blank, so it does not identify an application.";
      case BROWSER -> "The User-Agent header is a web browser's, and neither Origin nor Referer"
          + " names the site that made the request, so it does not identify an application.";
      default -> "The User-Agent header names only a generic HTTP library, so it does not identify"
          + " an application.";
    };
    return Finding.fired(HttpStatus.FORBIDDEN, Evidence.of(why));
  }
}
