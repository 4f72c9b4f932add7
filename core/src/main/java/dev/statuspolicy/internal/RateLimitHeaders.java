package dev.statuspolicy.internal;

import dev.statuspolicy.Quota;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.internal.render.Seconds;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code RateLimit-Policy} and {@code RateLimit} fields (draft-ietf-httpapi-ratelimit-headers
 * -10), written from the quota the usage was counted for, so that {@code w} is the window the host
 * counted in and {@code t} the time until that window resets.
 */
final class RateLimitHeaders {

  private RateLimitHeaders() {}

  /** How many quotas' policy fields are kept; a power of two. */
  private static final int POLICY_SLOTS = 8;

  /** A quota and its {@code RateLimit-Policy} field. */
  private record PolicyField(Quota quota, Header header) {}

  /**
   * The policy fields of the quotas answered recently, by identity: a policy has a few quotas,
   * each one object, and the field of one never changes, so it is written and checked once
   * rather than on every 429. Racy on purpose: each entry is immutable, and a lost write only
   * costs a miss.
   */
  private static final @Nullable PolicyField[] POLICY_FIELDS = new PolicyField[POLICY_SLOTS];

  /** Returns {@code RateLimit-Policy: "name";q=limit;w=window seconds}. */
  static Header policy(Quota quota) {
    int slot = System.identityHashCode(quota) & (POLICY_SLOTS - 1);
    PolicyField last = POLICY_FIELDS[slot];
    if (last != null && last.quota() == quota) {
      return last.header();
    }
    Header header = new Header("RateLimit-Policy",
        "\"" + quota.name() + "\";q=" + quota.requests() + ";w=" + quota.window().getSeconds());
    POLICY_FIELDS[slot] = new PolicyField(quota, header);
    return header;
  }

  /** Returns {@code RateLimit: "name";r=remaining;t=seconds}. */
  static Header limit(Quota quota, long remaining, long seconds) {
    return new Header("RateLimit", "\"" + quota.name() + "\";r=" + remaining + ";t=" + seconds);
  }

  /**
   * Returns whole seconds until the window resets, rounded up and at least 1: on a 429 it is
   * also {@code Retry-After}, which must not invite an immediate retry.
   */
  /** A quota's {@code RateLimit} field with no requests left, and its seconds. */
  private record ExhaustedField(Quota quota, long seconds, Header header) {}

  private static volatile @Nullable ExhaustedField lastExhausted;

  /**
   * Returns the {@code RateLimit} field of a 429: no requests left, room again in {@code
   * seconds}. The last one is kept, for the same quota object: a client over its quota repeats
   * the same field until the window turns.
   *
   * @param quota the quota
   * @param seconds whole seconds until there is room again
   * @return the field
   */
  static Header exhausted(Quota quota, long seconds) {
    ExhaustedField last = lastExhausted;
    if (last != null && last.quota() == quota && last.seconds() == seconds) {
      return last.header();
    }
    Header field = limit(quota, 0, seconds);
    lastExhausted = new ExhaustedField(quota, seconds, field);
    return field;
  }

  static long untilRoom(Duration resetIn) {
    return Math.max(1, Seconds.ceil(resetIn));
  }

  /**
   * Returns a success with both fields added, or the success itself when the usage is unknown.
   * The headers a success shares with others (see {@link SuccessHeaders}) are copied, never
   * changed, so one request's numbers never reach another's response.
   */
  static Decision onSuccess(Decision success, @Nullable QuotaUsage usage) {
    if (usage == null) {
      return success;
    }
    Quota quota = usage.claim().quota();
    List<Header> headers = new HeaderList(success.headers().size() + 2);
    headers.addAll(success.headers());
    headers.add(policy(quota));
    headers.add(limit(quota, usage.remaining(), untilRoom(usage.resetIn())));
    return new Decision(success.status(), headers, success.body(), success.row(), success.trace());
  }
}
