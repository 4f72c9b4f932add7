package dev.statuspolicy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Product;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the quotas of a policy and its products together, when the policy is built: a
 * product's own quota is only known to be sound next to the policy's that fills in what it leaves
 * out, and a quota's name names its counter across the whole catalog.
 */
final class QuotaSettings {

  private QuotaSettings() {}

  /**
   * Checks every quota pair and every name.
   *
   * @throws IllegalArgumentException naming the setting, if the policy's unidentified quota, or
   *     a lenient product's effective one, does not allow fewer requests per second than the
   *     identified quota beside it, or two different quotas share a name
   */
  static void check(Quota identified, Quota unidentified, Catalog catalog) {
    if (!unidentified.isLowerThan(identified)) {
      throw new IllegalArgumentException(
          "unidentifiedQuota must allow fewer requests per second than identifiedQuota");
    }
    Map<String, String> settings = new HashMap<>();
    Map<String, Quota> byName = new HashMap<>();
    name(byName, settings, identified, "identifiedQuota");
    name(byName, settings, unidentified, "unidentifiedQuota");
    for (Product product : catalog.products()) {
      Quota own = product.identifiedQuota();
      Quota ownUnidentified = product.unidentifiedQuota();
      Quota effective = own != null ? own : identified;
      Quota effectiveUnidentified = ownUnidentified != null ? ownUnidentified : unidentified;
      // a strict product refuses unidentified clients, so its unidentified quota never applies
      if (product.identification() == IdentificationMode.LENIENT
          && !effectiveUnidentified.isLowerThan(effective)) {
        throw new IllegalArgumentException("product '" + product.name() + "': "
            + (ownUnidentified != null ? "its" : "the policy's") + " unidentifiedQuota must allow"
            + " fewer requests per second than " + (own != null ? "its" : "the policy's")
            + " identifiedQuota");
      }
      String where = "product '" + product.name() + "' ";
      name(byName, settings, own, where + "identifiedQuota");
      name(byName, settings, ownUnidentified, where + "unidentifiedQuota");
    }
  }

  /** Records a quota under its name, refusing another quota already known by that name. */
  private static void name(Map<String, Quota> byName, Map<String, String> settings,
      @Nullable Quota quota, String setting) {
    if (quota == null) {
      return;
    }
    Quota known = byName.putIfAbsent(quota.name(), quota);
    if (known == null) {
      settings.put(quota.name(), setting);
    } else if (!known.equals(quota)) {
      throw new IllegalArgumentException(setting + ": quota '" + quota.name() + "' (" + quota.requests()
          + " per " + quota.window().getSeconds() + " s) differs from the quota of that name in "
          + settings.get(quota.name()) + "; a name identifies one counter, so give each quota its own");
    }
  }
}
