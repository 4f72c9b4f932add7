/**
 * Serves a Javalin 7 application's API through the policy: {@link
 * dev.statuspolicy.javalin.StatusPolicyPlugin}, registered with {@code config.registerPlugin},
 * answers every request under the catalog's base path, and Javalin the rest. It is configured by
 * a {@link dev.statuspolicy.javalin.StatusPolicyPluginBuilder} with the servlet module's {@link
 * dev.statuspolicy.servlet.HostFacts} and, for a backend that reads the request, its {@link
 * dev.statuspolicy.servlet.ServletBackend}.
 *
 * <p>Javalin runs on Jetty 12 (ee10) servlets, so the plugin is the servlet module's filter put
 * first on Javalin's servlet context: the facts and the writing of the answer are that module's,
 * and the caveats of Jetty documented there apply (Jetty's own reason phrases, and its 400 for a
 * malformed escape in a path). The conformance kit checks the whole on Javalin 7.2.3.
 */
@NullMarked
package dev.statuspolicy.javalin;

import org.jspecify.annotations.NullMarked;
