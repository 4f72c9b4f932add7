package dev.statuspolicy.servlet;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Serves one servlet exchange through the policy: copies the request into the facts, lets the
 * host add its own, and writes the answer through a {@link ServletResponseSink}. Shared by the
 * filter and the servlet; immutable, so one instance serves every request.
 */
final class ServletServing {

  private final StatusPolicy policy;
  private final ServletBackend backend;
  private final HostFacts hostFacts;
  private final Consumer<? super Served> log;

  ServletServing(StatusPolicy policy, ServletBackend backend, HostFacts hostFacts,
      Consumer<? super Served> log) {
    this.policy = policy;
    this.backend = backend;
    this.hostFacts = hostFacts;
    this.log = log;
  }

  /** The catalog's base path, under which the filter serves. */
  String basePath() {
    return policy.config().catalog().basePath();
  }

  void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
    RequestFacts.Builder facts = RequestFacts.builder()
        .method(request.getMethod())
        .path(pathInContext(request))
        // raw, as received: never getParameter, which would decode it (or reject %zz)
        .query(request.getQueryString())
        .transport(request.isSecure() ? Transport.HTTPS : Transport.HTTP)
        .headers(name -> values(request, name));
    hostFacts.addTo(request, facts);
    Served served = policy.serve(facts.build(),
        admitted -> backend.fetch(admitted, request),
        new ServletResponseSink(request, response));
    log.accept(served);
  }

  /**
   * Returns the raw request URI (undecoded, unlike the servlet path) without the context path,
   * so that an application deployed under {@code /app} serves {@code /app/weatherapi/...} as the
   * catalog's {@code /weatherapi/...}.
   */
  static String pathInContext(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
  }

  private static List<String> values(HttpServletRequest request, String name) {
    Enumeration<String> values = request.getHeaders(name);
    return values == null ? List.of() : Collections.list(values);
  }
}
