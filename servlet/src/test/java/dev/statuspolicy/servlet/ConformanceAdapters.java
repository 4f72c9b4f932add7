package dev.statuspolicy.servlet;

import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.util.Collections;

/** The filter and servlet set up as a host would, to serve the conformance API. */
final class ConformanceAdapters {

  /**
   * Jetty 12 keeps header names and order, but sends the reason phrases of its own table, which
   * Servlet 6 cannot override: measured, "Non Authoritative Information" for 203 and "Server
   * Error" for 500 differ from the policy's; the others of the conformance API match.
   */
  static final ServerTraits JETTY = new ServerTraits(true, true, false);

  /**
   * Tomcat 11 keeps header names, but sends no reason phrase at all, and writes {@code
   * Content-Type} after every other header: it keeps it apart from the header list and adds it
   * when the response is committed.
   */
  static final ServerTraits TOMCAT = new ServerTraits(true, false, false);

  private ConformanceAdapters() {}

  static HostFacts verdicts() {
    return (request, facts) ->
        ConformanceApi.verdicts(name -> Collections.list(request.getHeaders(name)), facts);
  }

  static StatusPolicyFilter filter() {
    return StatusPolicyFilter.builder(ConformanceApi.policy(), ConformanceApi.backend())
        .facts(verdicts())
        .build();
  }

  static StatusPolicyServlet servlet() {
    return StatusPolicyServlet.builder(ConformanceApi.policy(), ConformanceApi.backend())
        .facts(verdicts())
        .build();
  }
}
