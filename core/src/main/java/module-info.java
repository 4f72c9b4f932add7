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
// JSpecify is required statically and not transitively: users need it neither to compile nor to
// run. Its annotations in the API are read by the tools that have it and ignored where it is
// absent. (core/pom.xml turns off javac's "exports" lint, which would flag exactly that.)
@org.jspecify.annotations.NullMarked
module dev.statuspolicy {
  requires static org.jspecify;

  exports dev.statuspolicy;
  exports dev.statuspolicy.request;
  exports dev.statuspolicy.catalog;
  exports dev.statuspolicy.outcome;
  exports dev.statuspolicy.decision;
  exports dev.statuspolicy.host;
  exports dev.statuspolicy.table;
  exports dev.statuspolicy.reference;
}
