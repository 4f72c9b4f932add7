package dev.statuspolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.servlet.ServletBackend;
import dev.statuspolicy.testkit.ConformanceApi;
import jakarta.servlet.Filter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which backend the starter's filter calls: a Backend bean, else a ServletBackend bean. */
class BackendChoiceTest {

  private static final String TARGET = "/weatherapi/conformance/1.0/data";

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(StatusPolicyAutoConfiguration.class))
      .withBean(Catalog.class, ConformanceApi::catalog);

  @Test
  void aServletBackendBeanSeesTheServletRequest() {
    ServletBackend backend = (admitted, request) ->
        Reply.data(Content.of("text/plain",
            request.getHeader("X-Tenant").getBytes(StandardCharsets.UTF_8)));
    runner.withBean(ServletBackend.class, () -> backend).run(context ->
        assertThat(serve(context).getContentAsString()).isEqualTo("tenant-7"));
  }

  @Test
  void aBackendBeanWinsOverAServletBackendBean() {
    Backend backend = admitted ->
        Reply.data(Content.of("text/plain", "plain".getBytes(StandardCharsets.UTF_8)));
    ServletBackend servletBackend = (admitted, request) -> {
      throw new AssertionError("the Backend bean is the backend");
    };
    runner.withBean(Backend.class, () -> backend)
        .withBean(ServletBackend.class, () -> servletBackend)
        .run(context -> assertThat(serve(context).getContentAsString()).isEqualTo("plain"));
  }

  @Test
  void aPathOutsideTheBasePathPassesUntouched() throws Exception {
    runner.run(context -> {
      MockHttpServletRequest request = new MockHttpServletRequest("GET", "/weatherapix/other");
      MockHttpServletResponse response = new MockHttpServletResponse();
      MockFilterChain chain = new MockFilterChain();
      filter(context).doFilter(request, response, chain);
      assertThat(chain.getRequest()).isSameAs(request);
      assertThat(chain.getResponse()).isSameAs(response);
    });
  }

  private static MockHttpServletResponse serve(ApplicationContext context) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", TARGET);
    request.setQueryString("lat=60.1&lon=10.7");
    request.addHeader("User-Agent", "backend-test/1.0 ops@example.org");
    request.addHeader("X-Tenant", "tenant-7");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter(context).doFilter(request, response, new MockFilterChain());
    assertThat(response.getStatus()).isEqualTo(200);
    return response;
  }

  private static Filter filter(ApplicationContext context) {
    return context.getBean("statusPolicyFilter", FilterRegistrationBean.class).getFilter();
  }
}
