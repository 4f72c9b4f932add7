package dev.statuspolicy.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.testkit.RawResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** {@link ContainerOverridesTest} on embedded Tomcat 11, plus what its connector does first. */
class TomcatOverridesTest extends ContainerOverridesTest {

  private TomcatContainer filterContainer;
  private TomcatContainer servletContainer;

  @Override
  URI startFilter(Filter filter) throws Exception {
    filterContainer = TomcatContainer.withFilter(filter);
    return filterContainer.uri();
  }

  @Override
  URI startServlet(Servlet servlet) throws Exception {
    servletContainer = TomcatContainer.withServlet(servlet);
    return servletContainer.uri();
  }

  @Override
  void stop() throws Exception {
    filterContainer.close();
    servletContainer.close();
  }

  /**
   * Why users must set the connector's {@code allowTrace}: without it, Tomcat answers TRACE
   * with its own 405 before any filter runs, so the policy's headers are missing.
   */
  @Test
  void withoutAllowTraceTomcatAnswersTraceItself() throws Exception {
    TomcatContainer defaults =
        TomcatContainer.withFilterAndDefaultTrace(ConformanceAdapters.filter());
    try {
      RawResponse wire = InProcess.client(defaults.uri()).exchange("TRACE", DATA);
      assertThat(wire.code()).isEqualTo(405);
      assertThat(wire.values("X-ErrorClass")).as(wire.toString()).isEmpty();
      assertThat(InProcess.client(defaults.uri()).exchange("OPTIONS", DATA).values("X-ErrorClass"))
          .containsExactly("method-not-allowed");
    } finally {
      defaults.close();
    }
  }
}
