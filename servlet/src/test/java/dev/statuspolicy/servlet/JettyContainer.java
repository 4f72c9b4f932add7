package dev.statuspolicy.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Embedded Jetty 12 (ee10) on 127.0.0.1 and a free port, with the container's defaults. */
final class JettyContainer {

  /** Above the policy's default target limit (8 KiB), so that the policy decides the 414. */
  static final int REQUEST_HEAD_BYTES = 64 * 1024;

  private final Server server = new Server();
  private final ServerConnector connector;

  private JettyContainer(Filter filter, Servlet servlet) throws Exception {
    // the policy answers a long target with 414; Jetty's 8 KiB head limit would answer it 431
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(REQUEST_HEAD_BYTES);
    connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    if (filter != null) {
      context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
    context.addServlet(new ServletHolder(servlet), "/");
    server.setHandler(context);
    server.start();
  }

  /** Starts Jetty with the filter in front of {@link Downstream}. */
  static JettyContainer withFilter(Filter filter) throws Exception {
    return new JettyContainer(filter, new Downstream());
  }

  /** Starts Jetty with the servlet serving every path. */
  static JettyContainer withServlet(Servlet servlet) throws Exception {
    return new JettyContainer(null, servlet);
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + connector.getLocalPort());
  }

  void close() throws Exception {
    server.stop();
  }
}
