package dev.statuspolicy.servlet;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import jakarta.servlet.GenericServlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * A servlet that answers every request mapped to it through {@link StatusPolicy#serve},
 * whatever its method. The policy sees the raw request URI after the context path, so map the
 * servlet where that path starts with the catalog's base path: {@code /*}, or {@code
 * /weatherapi/*} for the default base path.
 *
 * <p>It extends {@link GenericServlet}, not {@code HttpServlet}, on purpose: {@code
 * HttpServlet.service} answers OPTIONS and TRACE itself (with its own {@code Allow}) and HEAD
 * through a body-counting wrapper, all of which are the policy's to answer. The container
 * caveats of {@link StatusPolicyFilter} apply alike.
 */
public final class StatusPolicyServlet extends GenericServlet {

  private static final long serialVersionUID = 1L;

  /** Not serialised: a container that restores a servlet constructs it anew. */
  private final transient ServletServing serving;

  private StatusPolicyServlet(ServletServing serving) {
    this.serving = serving;
  }

  /**
   * Returns a builder for a servlet whose backend sees only the admitted request.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static ServletAdapterBuilder<StatusPolicyServlet> builder(StatusPolicy policy,
      Backend backend) {
    Objects.requireNonNull(backend, "backend");
    return builder(policy, (admitted, request) -> backend.fetch(admitted));
  }

  /**
   * Returns a builder for a servlet whose backend also sees the servlet request.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static ServletAdapterBuilder<StatusPolicyServlet> builder(StatusPolicy policy,
      ServletBackend backend) {
    return new ServletAdapterBuilder<>(policy, backend, StatusPolicyServlet::new);
  }

  /**
   * Serves the request through the policy.
   *
   * @param request the request
   * @param response the response
   * @throws IOException if the response cannot be written
   * @throws ServletException if the request is not an HTTP request
   */
  @Override
  public void service(ServletRequest request, ServletResponse response)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse)) {
      throw new ServletException("StatusPolicyServlet serves HTTP requests only");
    }
    serving.serve(http, httpResponse);
  }
}
