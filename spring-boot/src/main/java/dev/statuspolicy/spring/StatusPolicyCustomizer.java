package dev.statuspolicy.spring;

import dev.statuspolicy.StatusPolicyBuilder;

/**
 * Makes the settings of the starter's {@link dev.statuspolicy.StatusPolicy} bean that a property
 * cannot express, such as the clock or a product team's extra rows. Every bean of this type is
 * applied, in {@link org.springframework.core.annotation.Order} order, after the catalog, the
 * {@code status-policy.*} properties and the {@link dev.statuspolicy.QuotaCounter} bean, so a
 * customizer's setting wins.
 *
 * <pre>{@code
 * @Bean
 * StatusPolicyCustomizer clock() {
 *   return builder -> builder.clock(Clock.system(ZoneOffset.UTC));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface StatusPolicyCustomizer {

  /**
   * Makes further settings.
   *
   * @param builder the builder, with the catalog and the properties already set
   */
  void customize(StatusPolicyBuilder builder);
}
