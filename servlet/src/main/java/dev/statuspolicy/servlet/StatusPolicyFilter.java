package dev.statuspolicy.servlet;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * A servlet filter that answers every request under the catalog's base path (such as {@code
 * /weatherapi} and {@code /weatherapi/...}, after the context path) through {@link
 * StatusPolicy#serve}, whatever its method; every other request continues down the chain
 * untouched. Map it to {@code /*}, ahead of any filter that reads request parameters.
 *
 * <pre>{@code
 * StatusPolicyFilter filter = StatusPolicyFilter.builder(policy, backend)
 *     .facts((request, facts) -> facts.blocklist(blocklist.standing(request.getHeader("User-Agent"))))
 *     .log(served -> log.info(served.logLine()))
 *     .build();
 * }</pre>
 *
 * <p>Being a filter, it runs before the servlet's own dispatch, so OPTIONS and TRACE reach the
 * policy rather than {@code HttpServlet}. Two things happen before any filter and need the
 * container's configuration (see the module's README): Tomcat answers TRACE itself unless the
 * connector's {@code allowTrace} is true, and both containers refuse some malformed paths
 * (a malformed query always reaches the policy as received). Servlet 6 cannot set a reason
 * phrase: Jetty sends its own, Tomcat none.
 */
public final class StatusPolicyFilter implements Filter {

  private final ServletServing serving;

  private StatusPolicyFilter(ServletServing serving) {
    this.serving = serving;
  }

  /**
   * Returns a builder for a filter whose backend sees only the admitted request.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static ServletAdapterBuilder<StatusPolicyFilter> builder(StatusPolicy policy,
      Backend backend) {
    Objects.requireNonNull(backend, "backend");
    return builder(policy, (admitted, request) -> backend.fetch(admitted));
  }

  /**
   * Returns a builder for a filter whose backend also sees the servlet request.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static ServletAdapterBuilder<StatusPolicyFilter> builder(StatusPolicy policy,
      ServletBackend backend) {
    return new ServletAdapterBuilder<>(policy, backend, StatusPolicyFilter::new);
  }

  /**
   * Serves the request through the policy when it is an HTTP request under the catalog's base
   * path; passes any other down the chain.
   *
   * @param request the request
   * @param response the response
   * @param chain the rest of the chain
   * @throws IOException if the response cannot be written, or the chain throws it
   * @throws ServletException if the chain throws it
   */
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http
        && response instanceof HttpServletResponse httpResponse
        && underBasePath(ServletServing.pathInContext(http), serving.basePath())) {
      serving.serve(http, httpResponse);
    } else {
      chain.doFilter(request, response);
    }
  }

  /** Whether a raw path is the base path or below it; a base path of {@code /} holds all. */
  static boolean underBasePath(String path, String basePath) {
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
  }
}
