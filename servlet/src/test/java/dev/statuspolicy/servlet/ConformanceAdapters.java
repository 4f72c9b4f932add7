package dev.statuspolicy.servlet;

import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.ServerTraits;
import java.util.Collections;

/** The filter and servlet set up as a host would, to serve the conformance API. */
final class ConformanceAdapters {

  /** Jetty 12's traits, measured: see {@link ServerTraits#JETTY_12}. */
  static final ServerTraits JETTY = ServerTraits.JETTY_12;

  /** Tomcat 11's traits, measured: see {@link ServerTraits#TOMCAT_11}. */
  static final ServerTraits TOMCAT = ServerTraits.TOMCAT_11;

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
