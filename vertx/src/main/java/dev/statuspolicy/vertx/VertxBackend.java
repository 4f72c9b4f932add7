package dev.statuspolicy.vertx;

import dev.statuspolicy.Admission;
import dev.statuspolicy.host.Reply;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/**
 * The host's non-blocking backend: starts fetching the data for an admitted request and returns
 * at once, with a {@link Future} that completes with what it did. It runs on the event loop, so
 * it must not block; blocking work belongs in {@code vertx.executeBlocking} or a worker.
 *
 * <p>A failed future, a throw from {@code fetch} itself, and a null future or reply are answered
 * 500 {@code internal-error}, with nothing of the failure in the response; a {@link
 * java.util.concurrent.TimeoutException} is answered 504 {@code backend-timeout}. The future may
 * complete on any thread: the handler writes the response on the request's own context.
 */
@FunctionalInterface
public interface VertxBackend {

  /**
   * Starts fetching the data for an admitted request.
   *
   * @param request the admitted request: {@link Admission.Admitted#target()}, {@link
   *     Admission.Admitted#parameters()} and the facts
   * @param routing the request's routing context, to read from only (a header the policy does
   *     not know, the remote address, what an earlier handler stored); the response is the
   *     policy's, so the backend must not write to it
   * @return a future that completes with what the backend did
   */
  Future<Reply> fetch(Admission.Admitted request, RoutingContext routing);
}
