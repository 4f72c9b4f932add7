/**
 * The policy's quota counted with Bucket4j: {@link
 * dev.statuspolicy.quota.bucket4j.LocalQuotaCounter} in process, for one node, and {@link
 * dev.statuspolicy.quota.bucket4j.RedisQuotaCounter} in Redis through Lettuce, for a cluster
 * whose nodes share one count per application.
 *
 * <h2>How a token bucket relates to the windows the headers advertise</h2>
 *
 * <p>The policy advertises a fixed window: {@code RateLimit-Policy: "name";q=20;w=1} promises
 * at most 20 requests in each second, and {@code RateLimit: "name";r=..;t=..} says how many are
 * left and in how many seconds the count resets. A token bucket has no windows of its own, so
 * both counters shape it to have exactly those:
 *
 * <ul>
 *   <li><b>Capacity {@code q}, refilled intervally</b>: all {@code q} tokens come back at once,
 *       at the end of the window ({@code refillIntervally(q, w)}). Within one window at most
 *       {@code q} requests get a token, and the time until the bucket is full again is the time
 *       until the window resets: {@code t} and {@code Retry-After} are exact. A greedy refill
 *       (one token every {@code w/q}) would not be truthful: a client that empties the bucket
 *       gets tokens back during the same window and can make close to {@code 2q} requests in one
 *       window while the headers advertise {@code q}.
 *   <li><b>Windows per application, from its first request.</b> A bucket starts full at an
 *       application's first request, which opens its first window. A bucket whose window has
 *       passed is full again: it holds nothing a new bucket would not. In Redis its key
 *       expires 10 ms later; in process it stays until the table needs room or the
 *       application returns, and is dropped then. Either way the application's next request
 *       opens a new window.
 *       So a window never depends on whether its bucket was still kept.
 *   <li><b>Counts.</b> A request that gets a token is reported as {@code q - remaining}
 *       requests, this one included, with {@code resetIn} the time until the bucket is full. A
 *       token bucket does not count refusals, so a refused request is reported as {@code q + 1}:
 *       the first request over the limit, whatever number it was; {@code resetIn} is the time
 *       until the refill. The policy answers it 429 with {@code Retry-After} from that time.
 * </ul>
 *
 * <p>Bucket4j refills at most one token a nanosecond: a quota of more requests than its window
 * has nanoseconds (a billion a second) cannot be counted, and its count throws {@link
 * IllegalArgumentException}, which the policy answers 500.
 *
 * <p>A store that cannot count throws {@link dev.statuspolicy.QuotaUnavailableException}, and
 * only that: the policy then applies its {@link dev.statuspolicy.QuotaOutage}.
 *
 * <p>The Redis counter needs Lettuce ({@code io.lettuce:lettuce-core} 7) on the class path,
 * which this module declares {@code provided}: it is the user's Redis client. The in-process
 * counter needs only Bucket4j's core.
 */
@NullMarked
package dev.statuspolicy.quota.bucket4j;

import org.jspecify.annotations.NullMarked;
