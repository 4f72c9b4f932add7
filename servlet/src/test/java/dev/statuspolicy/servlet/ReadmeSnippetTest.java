package dev.statuspolicy.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.testkit.ConformanceApi;
import dev.statuspolicy.testkit.RawResponse;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * The README's adoption code, run as written: a filter registered by a {@link
 * ServletContextListener}, the portable way for any container, with the host's facts and a log.
 */
class ReadmeSnippetTest {

  private static final List<Served> LOG = new CopyOnWriteArrayList<>();

  /** What the README shows, with the conformance API's policy and backend. */
  public static final class StatusPolicySetup implements ServletContextListener {
    private final StatusPolicy policy = ConformanceApi.policy();
    private final Backend backend = ConformanceApi.backend();

    @Override
    public void contextInitialized(ServletContextEvent event) {
      // README begin
      StatusPolicyFilter filter = StatusPolicyFilter.builder(policy, backend)
          .facts((request, facts) -> facts.requestId(request.getHeader("X-Request-Id")))
          .log(LOG::add)
          .build();
      ServletContext context = event.getServletContext();
      context.addFilter("status-policy", filter).addMappingForUrlPatterns(null, false, "/*");
      // README end
    }
  }

  @Test
  void theReadmeFilterServesWithTheHostsFactsAndLogsEachRequest() throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addEventListener(new StatusPolicySetup());
    context.addServlet(new ServletHolder(new Downstream()), "/");
    server.setHandler(context);
    server.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + connector.getLocalPort());
      RawResponse wire = InProcess.client(uri).exchange("GET", ContainerOverridesTest.UNKNOWN,
          "Accept: application/problem+json", "X-Request-Id: readme-42");
      assertThat(new String(wire.bodyAsSent(), StandardCharsets.UTF_8)).as(wire.toString())
          .contains("\"instance\":\"readme-42\"");
      // the filter logs after the response is complete, so the client may read it first
      long giveUp = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
      while (LOG.isEmpty() && System.nanoTime() < giveUp) {
        Thread.sleep(5);
      }
      assertThat(LOG).hasSize(1);
      assertThat(LOG.get(0).decision().status().code()).isEqualTo(wire.code());
      assertThat(LOG.get(0).facts().requestId()).isEqualTo("readme-42");
    } finally {
      server.stop();
    }
  }
}
