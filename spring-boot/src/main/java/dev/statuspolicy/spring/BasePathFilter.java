package dev.statuspolicy.spring;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The starter's filter, registered for the catalog's base path only: the servlet module's
 * {@link dev.statuspolicy.servlet.StatusPolicyFilter} writing to the container's own response.
 *
 * <p>The filters ahead of it may have wrapped the response to add headers when it commits, as
 * Spring Security's {@code HeaderWriterFilter} does ({@code Cache-Control}, {@code
 * X-Frame-Options}, {@code X-Content-Type-Options} ...). The policy writes every header of its
 * answer, so it writes past those wrappers, to the response they wrap. Headers an earlier filter
 * already set on the response itself stay, as the servlet module documents.
 *
 * <p>The rest of the chain (Spring MVC) is kept with the request, for the backend that calls
 * the application's controllers ({@link ControllerBackend}).
 */
final class BasePathFilter implements Filter {

  private final Filter policy;
  private final String base;

  /**
   * @param policy the servlet module's filter
   * @param basePath the catalog's base path, such as {@code /weatherapi}
   */
  BasePathFilter(Filter policy, String basePath) {
    this.policy = policy;
    this.base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!(request instanceof HttpServletRequest http) || !underBasePath(http)) {
      // the mapping matched the decoded path, the raw one is elsewhere: not the policy's
      chain.doFilter(request, response);
      return;
    }
    ServletResponse container = innermost(response);
    request.setAttribute(ControllerBackend.CHAIN,
        new ControllerBackend.Downstream(chain, container));
    try {
      policy.doFilter(request, container, chain);
    } finally {
      request.removeAttribute(ControllerBackend.CHAIN);
    }
  }

  /** Whether the raw path, as the policy reads it, is the base path or below it. */
  private boolean underBasePath(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path = !context.isEmpty() && uri.startsWith(context)
        ? uri.substring(context.length()) : uri;
    return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
  }

  private static ServletResponse innermost(ServletResponse response) {
    ServletResponse inner = response;
    while (inner instanceof ServletResponseWrapper wrapper) {
      inner = wrapper.getResponse();
    }
    return inner;
  }
}
