package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.servlet.StatusPolicyServlet;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Embedded Jetty 12 (ee10), one connector on loopback with Jetty's default thread pool: the
 * {@code servlet} module's {@link StatusPolicyServlet} at {@code /}, or a plain servlet there.
 */
final class JettyServer implements ServerKind {

  @Override
  public String label() {
    return "Jetty 12.1 (servlet module)";
  }

  @Override
  public RunningServer withPolicy(StatusPolicy policy) throws Exception {
    return start(StatusPolicyServlet.builder(policy, admitted -> LoadBackend.REPLY).build());
  }

  @Override
  public RunningServer writing(StatusPolicy policy, Answer answer) throws Exception {
    return start(new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response)
          throws IOException {
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
          response.addHeader(header.getKey(), header.getValue());
        }
        if (answer.body().length > 0) {
          response.setContentLength(answer.body().length);
          response.getOutputStream().write(answer.body());
        }
      }
    });
  }

  private static RunningServer start(Servlet servlet) throws Exception {
    Server server = new Server();
    // as the servlet module's documentation asks: a head limit above the policy's target limit
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(16 * 1024);
    http.setSendServerVersion(false);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(servlet), "/");
    server.setHandler(context);
    try {
      server.start();
    } catch (Exception failed) {
      server.stop();
      throw failed;
    }
    return new RunningServer() {
      @Override
      public int port() {
        return connector.getLocalPort();
      }

      @Override
      public void close() {
        try {
          server.stop();
        } catch (Exception failed) {
          throw new IllegalStateException("Jetty did not stop", failed);
        }
      }
    };
  }
}
