package dev.statuspolicy.host;

import dev.statuspolicy.Admission;
import java.util.concurrent.CompletionStage;

/**
 * The backend of a non-blocking host, used by {@link dev.statuspolicy.StatusPolicy#serveAsync}.
 *
 * <p>A stage that completes exceptionally, a throw from {@code fetch} itself, and a null stage or
 * reply are all answered 500 {@code internal-error} with nothing of the failure in the response;
 * a {@link java.util.concurrent.TimeoutException} (such as from {@link
 * java.util.concurrent.CompletableFuture#orTimeout}) is answered 504 {@code backend-timeout}.
 */
@FunctionalInterface
public interface AsyncBackend {

  /**
   * Starts fetching the data for an admitted request.
   *
   * @param request the admitted request
   * @return a stage that completes with what the backend did
   */
  CompletionStage<Reply> fetch(Admission.Admitted request);
}
