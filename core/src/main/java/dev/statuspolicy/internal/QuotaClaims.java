package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.table.RuleContext;
import org.jspecify.annotations.Nullable;

/**
 * Names the quota of a request: the product's own quota when the path names a product that
 * declares one, else the policy's; the identified quota for a client that identifies its
 * application, else the unidentified one, shared by every unidentified client.
 */
public final class QuotaClaims {

  private QuotaClaims() {}

  /**
   * Returns the claim of a request being evaluated.
   *
   * @param context the request
   * @return the claim
   */
  public static QuotaClaim of(RuleContext context) {
    return of(context.config(), context.identification(), context.lookup().product());
  }

  /**
   * Returns the claim of a client on a product.
   *
   * @param config the policy's configuration
   * @param identification how the client identified itself
   * @param product the product the path names, or null when it names none
   * @return the claim
   */
  static QuotaClaim of(PolicyConfig config, Identification identification, @Nullable Product product) {
    if (identification.identified()) {
      Quota own = product == null ? null : product.identifiedQuota();
      return new QuotaClaim(own != null ? own : config.identifiedQuota(), identification.application());
    }
    Quota own = product == null ? null : product.unidentifiedQuota();
    return new QuotaClaim(own != null ? own : config.unidentifiedQuota(), null);
  }
}
