package dev.statuspolicy;

import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The quota that applies to one request, named by the policy before anything is counted: which
 * counter to count in ({@link #key()}) and the limit and window to count against ({@link
 * #quota()}). A host counts this request in exactly {@code quota().window()}, under {@link
 * #key()}, and reports the count with {@link #usage(long, Duration)}.
 *
 * <p>Get it from {@link StatusPolicy#quotaFor}, or receive it in {@link QuotaCounter#count}. The
 * policy chooses the quota from the identification and the product the path names: the product's
 * own quota when it declares one, else the policy's; the identified quota for a client that
 * identifies its application, the unidentified one otherwise.
 *
 * @param quota the limit and window to count against
 * @param application the application the requests are counted for, as the policy identifies it;
 *     null for clients that do not identify themselves, who all share one counter
 */
public record QuotaClaim(Quota quota, @Nullable String application) {

  /**
   * Validates the claim.
   *
   * @param quota the limit and window to count against; not null
   * @param application the application counted for, or null for an unidentified client; not blank
   * @throws IllegalArgumentException if {@code application} is blank
   * @throws NullPointerException if {@code quota} is null
   */
  public QuotaClaim {
    Objects.requireNonNull(quota, "quota");
    if (application != null && application.isBlank()) {
      throw new IllegalArgumentException(
          "application must name the application, or be null for unidentified clients; was blank");
    }
  }

  /**
   * Returns the counting key: the quota's name for unidentified clients, who share one counter,
   * and {@code name:application} for an application. A quota name is a token and never holds a
   * {@code :}, so two quotas, or an application and the unidentified clients, never share a key;
   * the policy refuses two different quotas with the same name, so one key always means one limit
   * and one window. An application is known by its name alone, however it was identified: an
   * app whose {@code User-Agent} names {@code yr.no} and the pages of the site {@code yr.no}
   * count as one application, as the owner of that name is one client.
   *
   * @return the key; never empty
   */
  public String key() {
    return application == null ? quota.name() : quota.name() + ":" + application;
  }

  /** {@return whether the client identified its application} */
  public boolean identified() {
    return application != null;
  }

  /**
   * Returns the usage of this claim, as the host counted it.
   *
   * @param requests the requests counted under {@link #key()} in the current window of {@code
   *     quota().window()}, this one included; zero or more
   * @param resetIn how long until the current window ends and its count resets, whether or not
   *     it is full; from zero to the window's length
   * @return the usage
   * @throws IllegalArgumentException if {@code requests} is negative, or {@code resetIn} is
   *     negative or longer than the window
   * @throws NullPointerException if {@code resetIn} is null
   */
  public QuotaUsage usage(long requests, Duration resetIn) {
    return new QuotaUsage(this, requests, resetIn);
  }
}
