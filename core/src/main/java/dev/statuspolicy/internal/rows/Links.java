package dev.statuspolicy.internal.rows;

import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.table.RuleContext;
import org.jspecify.annotations.Nullable;

/** Where a successor version lives: the same endpoint when it has one, else the version itself. */
final class Links {

  private Links() {}

  static @Nullable String successor(RuleContext context, Product product, @Nullable String successor,
      String endpoint) {
    if (successor == null) {
      return null;
    }
    ProductVersion next = product.version(successor);
    String base = context.config().catalog().basePath() + "/" + product.name() + "/" + successor;
    return next != null && next.endpoint(endpoint) != null ? base + "/" + endpoint : base;
  }
}
