/**
 * The host protocol: one call serves a request. The host gives the {@link
 * dev.statuspolicy.request.RequestFacts facts}, a {@link Backend} (or {@link AsyncBackend}) and a
 * {@link ResponseSink} over its framework's response, and {@link
 * dev.statuspolicy.StatusPolicy#serve StatusPolicy.serve} admits the request, calls the backend
 * only when admitted, decides, and writes the answer through the sink: status, headers in the
 * policy's order, {@code Content-Type} and {@code Content-Length} where they belong, and the body.
 * A backend that throws is a 500 that tells nothing of the throw; a 499 aborts the exchange.
 *
 * <p>Adapters for a server framework are a {@code ResponseSink} and the few lines that copy the
 * request's method, raw target and headers into the facts.
 */
package dev.statuspolicy.host;
