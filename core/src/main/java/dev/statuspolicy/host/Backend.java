package dev.statuspolicy.host;

import dev.statuspolicy.Admission;

/**
 * The host's backend, called for admitted requests only: what it fetched for the request's
 * endpoint and parameters. Used by {@link dev.statuspolicy.StatusPolicy#serve}.
 *
 * <p>Anything it throws is answered 500 {@code internal-error}, with nothing of the exception in
 * the response; the exception is kept in {@link Served#outcome()} for the host's logs. A {@link
 * java.util.concurrent.TimeoutException} is answered 504 {@code backend-timeout}, and a null
 * reply 500.
 */
@FunctionalInterface
public interface Backend {

  /**
   * Fetches the data for an admitted request.
   *
   * @param request the admitted request: {@link Admission.Admitted#target()}, {@link
   *     Admission.Admitted#parameters()} and the facts
   * @return what the backend did, with the document when there is one
   * @throws Exception when the backend fails in a way it did not plan for
   */
  Reply fetch(Admission.Admitted request) throws Exception;
}
