package dev.statuspolicy.spring;

import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.servlet.ServletAdapterBuilder;
import dev.statuspolicy.servlet.ServletBackend;
import dev.statuspolicy.servlet.StatusPolicyFilter;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Serves the catalog's base path through the policy, ahead of everything Spring MVC and the
 * container would do with the request, in a servlet web application:
 *
 * <ul>
 *   <li>a {@link StatusPolicy} bean, unless the application declares one, from the application's
 *       {@link Catalog} bean, the {@code status-policy.*} properties ({@link
 *       StatusPolicyProperties}), a {@link QuotaCounter} bean if there is one, and every {@link
 *       StatusPolicyCustomizer} bean;
 *   <li>the servlet module's filter, registered as bean {@code statusPolicyFilter} for the base
 *       path (such as {@code /weatherapi} and {@code /weatherapi/*}), first of all filters, or
 *       right after Spring Security's filter chain when Security is present, so that the
 *       authentication is known; its backend is the application's {@link Backend} or {@link
 *       ServletBackend} bean, or else the application's controllers ({@link
 *       ControllerBackend}); its facts come from every {@link HostFacts} bean, in order;
 *   <li>with Spring Security's filter chain, the credentials verdict from the request's
 *       authentication ({@link SecurityCredentials}), ahead of the application's {@link
 *       HostFacts}, which may override it;
 *   <li>with Tomcat, the connector's {@code allowTrace}, so that TRACE reaches the policy.
 * </ul>
 */
@AutoConfiguration(afterName = {
    // where Security's filter chain bean is defined: Boot 3, then Boot 4
    "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
    "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({StatusPolicyFilter.class, FilterRegistrationBean.class})
@EnableConfigurationProperties(StatusPolicyProperties.class)
public class StatusPolicyAutoConfiguration {

  /** Spring Security's class whose presence puts the filter after Security's chain. */
  static final String SECURITY_CONTEXT =
      "org.springframework.security.core.context.SecurityContextHolder";

  /** Boot's default order of Security's filter chain, {@code spring.security.filter.order}. */
  private static final int SECURITY_FILTER_ORDER = -100;

  /** For Spring. */
  public StatusPolicyAutoConfiguration() {}

  /**
   * Builds the policy from the catalog, the properties, the counter and the customizers.
   *
   * @param catalog the application's catalog
   * @param properties the {@code status-policy.*} properties
   * @param counter the application's request counter, if it declares one
   * @param customizers the application's customizers, applied last, in order
   * @return the policy
   * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
   *     naming the property, if the builder refuses a property's value
   * @throws IllegalStateException if the builder refuses the settings taken together
   */
  @Bean
  @ConditionalOnMissingBean
  public StatusPolicy statusPolicy(Catalog catalog, StatusPolicyProperties properties,
      ObjectProvider<QuotaCounter> counter, ObjectProvider<StatusPolicyCustomizer> customizers) {
    StatusPolicyBuilder builder = StatusPolicy.builder().catalog(catalog);
    PolicyProperties.apply(properties, builder);
    counter.ifAvailable(builder::quotaCounter);
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    try {
      return builder.build();
    } catch (IllegalArgumentException refused) {
      throw new IllegalStateException("status-policy: the policy cannot be built from the"
          + " Catalog bean and the status-policy.* properties: " + refused.getMessage(), refused);
    }
  }

  /**
   * Registers the filter for the catalog's base path.
   *
   * @param policy the policy
   * @param backend the application's backend, if it declares one
   * @param servletBackend the application's servlet backend, if it declares one
   * @param facts the host's facts, in order
   * @param environment for {@code spring.security.filter.order}
   * @param context the application, whose class loader tells whether Security is present
   * @return the registration
   */
  @Bean
  @ConditionalOnMissingBean(name = "statusPolicyFilter")
  public FilterRegistrationBean<?> statusPolicyFilter(StatusPolicy policy,
      ObjectProvider<Backend> backend, ObjectProvider<ServletBackend> servletBackend,
      ObjectProvider<HostFacts> facts, Environment environment,
      ApplicationContext context) {
    Backend plain = backend.getIfAvailable();
    ServletAdapterBuilder<StatusPolicyFilter> adapter = plain != null
        ? StatusPolicyFilter.builder(policy, plain)
        : StatusPolicyFilter.builder(policy, servletBackend.getIfAvailable(ControllerBackend::new));
    List<HostFacts> all = facts.orderedStream().toList();
    adapter.facts((request, builder) -> all.forEach(each -> each.addTo(request, builder)));
    String basePath = policy.config().catalog().basePath();
    FilterRegistrationBean<BasePathFilter> registration =
        new FilterRegistrationBean<>(new BasePathFilter(adapter.build(), basePath));
    registration.setName("statusPolicyFilter");
    registration.setUrlPatterns(urlPatterns(basePath));
    registration.setOrder(ClassUtils.isPresent(SECURITY_CONTEXT, context.getClassLoader())
        ? environment.getProperty("spring.security.filter.order", Integer.class,
            SECURITY_FILTER_ORDER) + 1
        : Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** The servlet mappings of a base path: itself and everything below it. */
  static List<String> urlPatterns(String basePath) {
    String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    return base.isEmpty() ? List.of("/*") : List.of(base, base + "/*");
  }

  /**
   * The credentials verdict from Spring Security, when its filter chain runs: without the chain
   * no request is authenticated, and every {@code Authorization} header would be found invalid.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = SECURITY_CONTEXT)
  @ConditionalOnBean(name = "springSecurityFilterChain")
  static class SecurityFacts {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    HostFacts statusPolicySecurityCredentials() {
      return new SecurityCredentials();
    }
  }

  /** TRACE for the policy, when the server is Tomcat. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.apache.catalina.connector.Connector")
  static class TomcatTrace {

    @Bean
    TraceAllowance statusPolicyTraceAllowance() {
      return new TraceAllowance();
    }
  }
}
