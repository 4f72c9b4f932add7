package dev.statuspolicy.javalin;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.servlet.ServletBackend;
import dev.statuspolicy.servlet.StatusPolicyFilter;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.FilterMapping;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.server.HttpConfiguration;

/**
 * A Javalin 7 plugin that answers every request under the catalog's base path (such as {@code
 * /weatherapi} and {@code /weatherapi/...}, after Javalin's context path) through {@link
 * StatusPolicy#serve}, whatever its method; every other request goes to Javalin as before.
 *
 * <pre>{@code
 * Javalin.create(config -> config.registerPlugin(StatusPolicyPlugin.builder(policy, backend)
 *         .facts((request, facts) -> facts.blocklist(blocklist.standing(request.getHeader("User-Agent"))))
 *         .build()))
 *     .start(8080);
 * }</pre>
 *
 * <p>It installs a {@link StatusPolicyFilter} first in the filter chain of Javalin's Jetty
 * servlet context, so those requests never reach Javalin's servlet: not its router (which would
 * answer OPTIONS, TRACE and unknown methods 404 or 405, and HEAD from a GET route), not {@code
 * ctx.result()} and its ETag check (which turns a 203 whose {@code ETag} matches {@code
 * If-None-Match} into a 304), not the default {@code Content-Type} every Javalin context starts
 * with (which would go out on a 304), and not its compression, error mappers, before and after
 * handlers or request loggers. The answer is written through the servlet response in the way
 * that keeps Jetty from adding {@code Content-Length: 0} to a HEAD or 304.
 *
 * <p>It also raises Jetty's request head limit ({@link HttpConfiguration#setRequestHeaderSize})
 * to at least the policy's {@link dev.statuspolicy.PolicyConfig#maxTargetLength()} plus {@value
 * #HEADER_FIELDS_BYTES} bytes for the header fields, never lowering it: with Jetty's default of
 * 8 KiB for the whole head, a target just over the policy's limit would get Jetty's own 414
 * error page (HTML in ISO-8859-1, without {@code X-ErrorClass}) instead of the policy's. A
 * connector or {@code modifyHttpConfiguration} call of the user's that comes later can still
 * change it.
 *
 * <p>One plugin per Javalin instance: Javalin refuses a second with {@code
 * PluginAlreadyRegisteredException}. The plugin works on the Jetty that Javalin starts itself
 * ({@code start(..)}); where Javalin's servlet is mounted in a container of the user's ({@code
 * javalinServlet()}), map the servlet module's {@link StatusPolicyFilter} in that container
 * instead.
 */
public final class StatusPolicyPlugin extends Plugin<Void> {

  /** Room left in Jetty's request head for the header fields: Jetty's own default limit. */
  public static final int HEADER_FIELDS_BYTES = 8192;

  private final StatusPolicyFilter filter;
  private final int requestHeadBytes;

  StatusPolicyPlugin(StatusPolicyFilter filter, StatusPolicy policy) {
    this.filter = filter;
    this.requestHeadBytes = policy.config().maxTargetLength() + HEADER_FIELDS_BYTES;
  }

  /**
   * Returns a builder for a plugin whose backend sees only the admitted request.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static StatusPolicyPluginBuilder builder(StatusPolicy policy, Backend backend) {
    return new StatusPolicyPluginBuilder(policy, StatusPolicyFilter.builder(policy, backend));
  }

  /**
   * Returns a builder for a plugin whose backend also sees the servlet request ({@code
   * ctx.req()} in a Javalin handler), for headers of the host's own. It is given no Javalin
   * {@code Context} on purpose: a context's {@code result()}, {@code status()} and {@code
   * header()} are the way around the policy that this plugin exists to close.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static StatusPolicyPluginBuilder builder(StatusPolicy policy, ServletBackend backend) {
    return new StatusPolicyPluginBuilder(policy, StatusPolicyFilter.builder(policy, backend));
  }

  /**
   * Installs the filter on Javalin's Jetty servlet context and raises the request head limit;
   * Javalin calls it once, when the plugin is registered.
   *
   * @param state the configuration of the Javalin instance being created
   */
  @Override
  public void onInitialize(JavalinState state) {
    state.jetty.modifyServletContextHandler(this::installFirst);
    state.jetty.modifyHttpConfiguration(http ->
        http.setRequestHeaderSize(Math.max(http.getRequestHeaderSize(), requestHeadBytes)));
  }

  /** Ahead of any filter installed before, so that none reads the parameters first. */
  private void installFirst(ServletContextHandler context) {
    FilterHolder holder = new FilterHolder(filter);
    holder.setName("status-policy");
    FilterMapping mapping = new FilterMapping();
    mapping.setFilterName(holder.getName());
    mapping.setPathSpec("/*");
    mapping.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
    ServletHandler handler = context.getServletHandler();
    handler.prependFilter(holder);
    handler.prependFilterMapping(mapping);
  }
}
