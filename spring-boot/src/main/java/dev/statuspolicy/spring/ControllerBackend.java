package dev.statuspolicy.spring;

import dev.statuspolicy.Admission;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.servlet.ServletBackend;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The backend when the application declares none: the admitted request continues down the
 * filter chain to Spring MVC and the application's controller, with the response captured.
 * The controller finds the admitted request in {@link AdmittedRequest#ATTRIBUTE}.
 *
 * <ul>
 *   <li>a 2xx with a body and a {@code Content-Type} is data: the body's bytes and type are
 *       the document, and the controller's {@code ETag}, {@code Last-Modified} and {@code
 *       Expires} (as {@code ResponseEntity.ok().eTag(..).lastModified(..)} sets them) are its
 *       validators;
 *   <li>a 2xx without a body is no data (404);
 *   <li>an {@link OutcomeException} is its outcome; a {@link
 *       java.util.concurrent.TimeoutException} is a timeout (504); any other exception, or a
 *       status of 300 or more (an error Spring answered itself), is an unexpected failure (500,
 *       telling the client nothing).
 * </ul>
 *
 * <p>Nothing the controller does to the status or the headers reaches the client: the policy
 * writes them. MVC sees no conditional headers, so neither {@code ResponseEntity}, {@code
 * WebRequest.checkNotModified} nor a {@code ShallowEtagHeaderFilter} answers 304 by rules of
 * their own; the policy evaluates the conditions.
 */
final class ControllerBackend implements ServletBackend {

  /** The request attribute holding the {@link Downstream} of the exchange. */
  static final String CHAIN = ControllerBackend.class.getName() + ".chain";

  /**
   * The rest of the filter chain and the container's response, kept by {@link BasePathFilter}.
   *
   * @param chain the filters after the starter's, ending in the dispatcher servlet
   * @param response the container's response, which the capture wraps and never writes to
   */
  record Downstream(FilterChain chain, ServletResponse response) {}

  @Override
  public Reply fetch(Admission.Admitted admitted, HttpServletRequest request) throws Exception {
    Downstream downstream = (Downstream) request.getAttribute(CHAIN);
    if (downstream == null) {
      throw new IllegalStateException("the controller backend runs only in the starter's filter");
    }
    CapturedResponse captured =
        new CapturedResponse((HttpServletResponse) downstream.response());
    request.setAttribute(AdmittedRequest.ATTRIBUTE, admitted);
    try {
      downstream.chain().doFilter(new ControllerRequest(request), captured);
    } catch (ServletException | RuntimeException thrown) {
      Throwable cause = cause(thrown);
      if (cause instanceof OutcomeException reported) {
        return Reply.of(reported.outcome());
      }
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw thrown;
    }
    return reply(captured);
  }

  private static Reply reply(CapturedResponse captured) {
    int status = captured.getStatus();
    if (status >= 300) {
      return Reply.of(Outcome.unexpectedFailure(
          new IllegalStateException("the controller answered status " + status)));
    }
    byte[] body = captured.body();
    String type = captured.getContentType();
    if (body.length == 0) {
      return Reply.of(Outcome.noData());
    }
    if (type == null) {
      return Reply.of(Outcome.unexpectedFailure(
          new IllegalStateException("the controller's body has no Content-Type")));
    }
    return Reply.data(captured.validators(), Content.of(type, body));
  }

  /**
   * Returns what the controller threw: MVC wraps an exception that no resolver handled in a
   * {@link ServletException}, whose cause is the controller's.
   */
  private static Throwable cause(Exception thrown) {
    Throwable cause = thrown;
    while (cause instanceof ServletException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
