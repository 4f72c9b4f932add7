/**
 * status-policy: decides the status code, headers and error body of every response of a
 * weather-data API in the style of MET Norway's WeatherAPI.
 *
 * <p>The entry point is {@link dev.statuspolicy.StatusPolicy}. Hosts describe a request with
 * {@link dev.statuspolicy.request.RequestFacts}, ask the policy to admit it, call their backend,
 * and copy the {@link dev.statuspolicy.decision.Decision} onto their framework's response.
 * Everything under {@code dev.statuspolicy.internal} is an implementation detail and is not
 * exported.
 */
@org.jspecify.annotations.NullMarked
module dev.statuspolicy {
  requires static transitive org.jspecify;

  exports dev.statuspolicy;
  exports dev.statuspolicy.request;
  exports dev.statuspolicy.catalog;
  exports dev.statuspolicy.outcome;
  exports dev.statuspolicy.decision;
  exports dev.statuspolicy.table;
  exports dev.statuspolicy.reference;
}
