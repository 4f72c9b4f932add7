package dev.statuspolicy.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;

/** {@link ContainerOverridesTest} on embedded Jetty 12 (ee10). */
class JettyOverridesTest extends ContainerOverridesTest {

  private JettyContainer filterContainer;
  private JettyContainer servletContainer;

  @Override
  URI startFilter(Filter filter) throws Exception {
    filterContainer = JettyContainer.withFilter(filter);
    return filterContainer.uri();
  }

  @Override
  URI startServlet(Servlet servlet) throws Exception {
    servletContainer = JettyContainer.withServlet(servlet);
    return servletContainer.uri();
  }

  @Override
  void stop() throws Exception {
    filterContainer.close();
    servletContainer.close();
  }
}
