/**
 * The status policy on Vert.x 5 web, non-blocking: {@link
 * dev.statuspolicy.vertx.StatusPolicyHandler} serves every request of its route through the
 * policy, with a {@link dev.statuspolicy.vertx.VertxBackend} that answers with a {@link
 * io.vertx.core.Future}, and optionally an {@link dev.statuspolicy.vertx.AsyncQuotaCounter} that
 * counts the quota without blocking the event loop. {@link
 * dev.statuspolicy.vertx.StatusPolicyServerOptions} are the server options the policy needs.
 *
 * <p>What Vert.x does before any handler runs, and must be told otherwise:
 *
 * <ul>
 *   <li>it answers a request line longer than 4096 bytes with its own 414, well below the
 *       policy's target limit (8 KiB by default): raise {@code maxInitialLineLength}, as {@link
 *       dev.statuspolicy.vertx.StatusPolicyServerOptions#of} does;
 *   <li>Vert.x web answers 400 to an HTTP/1.1 request without {@code Host}, and 404 to a target
 *       that does not start with {@code /} ({@code OPTIONS *}), before any route.
 * </ul>
 */
@NullMarked
package dev.statuspolicy.vertx;

import org.jspecify.annotations.NullMarked;
