package dev.statuspolicy.internal.render;

import dev.statuspolicy.Quota;

/** A quota in words, such as "20 requests per second" or "10 requests per minute". */
public final class QuotaText {

  private QuotaText() {}

  /**
   * Returns the limit and its window in words.
   *
   * @param quota the quota
   * @return such as {@code 1 request per 90 seconds}
   */
  public static String limit(Quota quota) {
    return requests(quota.requests()) + " per " + window(quota.window().getSeconds());
  }

  /**
   * Returns a count of requests in words.
   *
   * @param requests the count
   * @return such as {@code 1 request} or {@code 21 requests}
   */
  public static String requests(long requests) {
    return requests + (requests == 1 ? " request" : " requests");
  }

  /** Names a window of whole seconds: a unit when it is exactly one, else a number of seconds. */
  private static String window(long seconds) {
    if (seconds == 1) {
      return "second";
    } else if (seconds == 60) {
      return "minute";
    } else if (seconds == 3_600) {
      return "hour";
    } else if (seconds == 86_400) {
      return "day";
    }
    return seconds + " seconds";
  }
}
