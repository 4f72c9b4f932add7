/**
 * Serves a Jakarta Servlet 6 application's API through the policy: {@link
 * dev.statuspolicy.servlet.StatusPolicyFilter} answers the requests under the catalog's base path
 * and passes the rest on, {@link dev.statuspolicy.servlet.StatusPolicyServlet} answers every
 * request mapped to it. Both are configured by a {@link
 * dev.statuspolicy.servlet.ServletAdapterBuilder}; a {@link
 * dev.statuspolicy.servlet.ServletBackend} sees the servlet request as well.
 *
 * <p>Each request's facts are its method, its raw request URI after the context path, its raw
 * query string ({@code getQueryString()}, never the decoded parameters), the headers the policy
 * reads, and {@code HTTPS} when {@code isSecure()}; then the host's {@link
 * dev.statuspolicy.servlet.HostFacts}. The answer is written so that the container adds nothing
 * to it, which the conformance kit checks on Jetty 12 (ee10) and Tomcat 11.
 *
 * <p>What the container must be told, because it acts before any filter or servlet:
 *
 * <ul>
 *   <li>Tomcat: {@code connector.setAllowTrace(true)} ({@code allowTrace="true"} on the {@code
 *       Connector} of {@code server.xml}), or TRACE is answered 405 by Tomcat with its own
 *       {@code Allow} before any filter runs;
 *   <li>both: a request head limit above the policy's target limit (8 KiB by default), such as
 *       Jetty's {@code HttpConfiguration.setRequestHeaderSize(16384)} and Tomcat's {@code
 *       maxHttpHeaderSize="16384"}, or a long target is refused by the container (Jetty 431,
 *       Tomcat 400) instead of the policy's 414;
 *   <li>both answer 400 themselves, before any filter runs, to a path with a malformed escape
 *       ({@code %zz}, a lone {@code %}) or an encoded {@code /} ({@code %2F}), and Jetty also to
 *       an encoded dot segment ({@code %2e%2e}); the policy would answer 404. Jetty lets the
 *       ambiguous ones through with {@code HttpConfiguration.setUriCompliance(UriCompliance.UNSAFE)}
 *       and {@code ServletHandler.setDecodeAmbiguousURIs(true)}; malformed escapes in a path are
 *       refused whatever the setting. Malformed queries always reach the policy as received.
 * </ul>
 *
 * <p>What cannot be changed: Servlet 6 has no reason phrase, so Jetty sends those of its own
 * table and Tomcat none; Tomcat writes {@code Content-Type} after the other headers. HTTP gives
 * neither a meaning. A 499 closes the connection with nothing sent on Jetty and Tomcat, reached
 * by reflection at run time; on any other container it is a bare {@code 499} with {@code
 * Connection: close}.
 */
package dev.statuspolicy.servlet;
