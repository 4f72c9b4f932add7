package dev.statuspolicy.request;

import dev.statuspolicy.QuotaClaim;
import java.time.Duration;
import java.util.Objects;

/**
 * How much of the quota the policy named the client has used, as the host counted it.
 *
 * <p>The library counts nothing: a single node may use an in-process limiter, a cluster a shared
 * store. The policy names the quota first, as a {@link QuotaClaim}: a key, a limit and a window.
 * The host counts the requests under that key in exactly that window, this one included, and
 * reports when its current window ends and the count starts again. There is no other window: a count is only ever compared
 * with the limit of the claim it was counted for, as {@code requests > limit}.
 *
 * @param claim the quota this usage was counted for
 * @param requests requests counted in the claim's current window, including this one; zero or more
 * @param resetIn how long until the current window ends and its count resets, whether or not the
 *     window is full; from zero to the window's length. It becomes the {@code t} of {@code
 *     RateLimit} (the seconds until the quota resets, as draft-ietf-httpapi-ratelimit-headers
 *     defines it) and, on a 429, {@code Retry-After}: a client refused now has room again then.
 */
public record QuotaUsage(QuotaClaim claim, long requests, Duration resetIn) {

  /**
   * Validates the usage.
   *
   * @param claim the quota this usage was counted for; not null
   * @param requests requests counted in the current window, this one included; zero or more
   * @param resetIn how long until the current window ends; from zero to the window's length
   * @throws IllegalArgumentException if {@code requests} is negative, or {@code resetIn} is
   *     negative or longer than the claim's window
   * @throws NullPointerException if {@code claim} or {@code resetIn} is null
   */
  public QuotaUsage {
    Objects.requireNonNull(claim, "claim");
    Objects.requireNonNull(resetIn, "resetIn");
    if (requests < 0) {
      throw new IllegalArgumentException("requests must be >= 0, was " + requests);
    }
    if (resetIn.isNegative() || resetIn.compareTo(claim.quota().window()) > 0) {
      throw new IllegalArgumentException("resetIn must be from 0 to the quota's window of "
          + claim.quota().window() + ", was " + resetIn);
    }
  }

  /** {@return whether the count is over the claim's limit: more requests than it allows} */
  public boolean over() {
    return requests > claim.quota().requests();
  }

  /** {@return how many more requests the window allows: the limit less the count, at least 0} */
  public long remaining() {
    return Math.max(0, claim.quota().requests() - requests);
  }
}
