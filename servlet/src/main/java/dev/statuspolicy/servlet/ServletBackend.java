package dev.statuspolicy.servlet;

import dev.statuspolicy.Admission;
import dev.statuspolicy.host.Reply;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A backend that also sees the servlet request, for what the policy does not carry: a header of
 * the host's own (such as a demo's {@code X-Demo-Outcome}), a request attribute set by an
 * earlier filter, the session. Called for admitted requests only, as {@link
 * dev.statuspolicy.host.Backend} is, and what it throws is answered the same way: 500 telling
 * nothing of the exception, or 504 for a {@link java.util.concurrent.TimeoutException}.
 */
@FunctionalInterface
public interface ServletBackend {

  /**
   * Fetches the data for an admitted request.
   *
   * @param request the admitted request: its target, parameters and facts
   * @param servletRequest the servlet request it came in; read it, but do not read its
   *     parameters, which would make the container decode the raw query the policy judged
   * @return what the backend did, with the document when there is one
   * @throws Exception when the backend fails in a way it did not plan for
   */
  Reply fetch(Admission.Admitted request, HttpServletRequest servletRequest) throws Exception;
}
