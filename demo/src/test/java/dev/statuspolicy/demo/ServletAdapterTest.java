package dev.statuspolicy.demo;

import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** The same checks over HTTP, against the Jakarta Servlet adapter on embedded Jetty 12. */
class ServletAdapterTest extends HttpChecks {

  private Server server;

  @Override
  int start(WeatherApi api, Consumer<String> log) throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new WeatherServlet(api, log)), "/*");
    server.setHandler(context);
    server.start();
    return connector.getLocalPort();
  }

  @Override
  void stop() throws Exception {
    server.stop();
  }
}
