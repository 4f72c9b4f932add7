package dev.statuspolicy.servlet;

import dev.statuspolicy.request.RequestFacts;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the host adds to the facts the adapter copied from the request: its verdicts (blocklist
 * standing, credentials, quota usage) and whatever it knows better than the connection, such as
 * the transport behind a TLS-terminating proxy or a request id.
 *
 * <p>It runs after the adapter has set the method, the raw path and query, the headers the
 * policy reads, and the transport from {@link HttpServletRequest#isSecure()}, so a value set
 * here wins.
 */
@FunctionalInterface
public interface HostFacts {

  /** Adds nothing: every verdict keeps the default of {@link RequestFacts.Builder}. */
  HostFacts NONE = (request, facts) -> { };

  /**
   * Adds the host's facts.
   *
   * @param request the servlet request
   * @param facts the facts being built, with the wire facts already set
   */
  void addTo(HttpServletRequest request, RequestFacts.Builder facts);
}
