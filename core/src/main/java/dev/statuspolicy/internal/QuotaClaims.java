package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.table.RuleContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Names the quota of a request: the product's own quota when the path names a product that
 * declares one, else the policy's; the identified quota for a client that identifies its
 * application, else the unidentified one, shared by every unidentified client.
 */
public final class QuotaClaims {

  private static final int RECENT = 256;

  /**
   * Claims recently named, by a hash of their quota's identity and their application: a host sees
   * the same few applications again and again, and their claims are equal each time. A hit has
   * the same quota object and an equal application, so it equals the claim that would be made.
   * Shared by every policy (a claim depends on nothing else); racy on purpose: the claims are
   * immutable, and a lost write only costs a miss.
   */
  private static final @Nullable QuotaClaim[] RECENT_CLAIMS = new QuotaClaim[RECENT];

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
      return claim(own != null ? own : config.identifiedQuota(), identification.application());
    }
    Quota own = product == null ? null : product.unidentifiedQuota();
    return claim(own != null ? own : config.unidentifiedQuota(), null);
  }

  /** Returns the claim of this quota for this application, remembered when it was named recently. */
  private static QuotaClaim claim(Quota quota, @Nullable String application) {
    int hash = System.identityHashCode(quota) * 31 + (application == null ? 0 : application.hashCode());
    int slot = (hash ^ (hash >>> 16)) & (RECENT - 1);
    QuotaClaim cached = RECENT_CLAIMS[slot];
    if (cached != null && cached.quota() == quota && Objects.equals(cached.application(), application)) {
      return cached;
    }
    QuotaClaim made = new QuotaClaim(quota, application);
    RECENT_CLAIMS[slot] = made;
    return made;
  }
}
