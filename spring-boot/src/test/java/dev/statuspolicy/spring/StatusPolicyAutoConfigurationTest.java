package dev.statuspolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.AllowedOrigins;
import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.testkit.ConformanceApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;

/** The beans the auto-configuration makes, and the properties it reads. */
class StatusPolicyAutoConfigurationTest {

  private static final Catalog CATALOG = Catalog.builder()
      .basePath("/api/weather")
      .product(ConformanceApi.catalog().products().iterator().next())
      .build();

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(StatusPolicyAutoConfiguration.class))
      .withBean(Catalog.class, () -> CATALOG);

  @Test
  void thePolicyServesTheCatalogBeanWithTheBuildersDefaults() {
    runner.run(context -> {
      PolicyConfig config = context.getBean(StatusPolicy.class).config();
      PolicyConfig defaults = StatusPolicy.ofDefaults().config();
      assertThat(config.catalog()).isSameAs(CATALOG);
      assertThat(config.maxTargetLength()).isEqualTo(defaults.maxTargetLength());
      assertThat(config.identifiedQuota()).isEqualTo(defaults.identifiedQuota());
      assertThat(config.allowedOrigins()).isEqualTo(defaults.allowedOrigins());
      assertThat(config.httpsRequired()).isFalse();
    });
  }

  @Test
  void everyPropertyReachesItsBuilderSetting() {
    runner.withPropertyValues(
        "status-policy.require-https=api.example.org:8443",
        "status-policy.default-error-format=problem-json",
        "status-policy.retired-version-status=410",
        "status-policy.identified-quota.name=apps",
        "status-policy.identified-quota.requests=50",
        "status-policy.identified-quota.window=2s",
        "status-policy.unidentified-quota.requests=3",
        "status-policy.rate-limit-headers-on-success=true",
        "status-policy.quota-outage.mode=fail-closed",
        "status-policy.quota-outage.retry-after=7s",
        "status-policy.prohibited-agents=okhttp,curl",
        "status-policy.browser-agents=",
        "status-policy.site-identification=lenient",
        "status-policy.problem-type-base=urn:example:problem:",
        "status-policy.allowed-origins.kind=fixed",
        "status-policy.allowed-origins.origins=https://www.yr.no",
        "status-policy.max-target-length=4096").run(context -> {
          PolicyConfig config = context.getBean(StatusPolicy.class).config();
          assertThat(config.httpsHost()).isEqualTo("api.example.org:8443");
          assertThat(config.defaultErrorFormat()).isEqualTo(ErrorFormat.PROBLEM_JSON);
          assertThat(config.retiredVersionStatus()).isEqualTo(HttpStatus.GONE);
          assertThat(config.identifiedQuota()).isEqualTo(new Quota("apps", 50, Duration.ofSeconds(2)));
          assertThat(config.unidentifiedQuota())
              .isEqualTo(new Quota("unidentified", 3, Duration.ofMinutes(1)));
          assertThat(config.rateLimitHeadersOnSuccess()).isTrue();
          assertThat(config.quotaOutage()).isEqualTo(QuotaOutage.failClosed(Duration.ofSeconds(7)));
          assertThat(config.prohibitedAgents()).containsExactly("okhttp", "curl");
          assertThat(config.browserAgents()).isEmpty();
          assertThat(config.siteIdentification()).isEqualTo(IdentificationMode.LENIENT);
          assertThat(config.problemTypeBase()).isEqualTo("urn:example:problem:");
          assertThat(config.allowedOrigins()).isEqualTo(AllowedOrigins.fixed("https://www.yr.no"));
          assertThat(config.maxTargetLength()).isEqualTo(4096);
        });
  }

  @Test
  void aRetryAfterAloneFailsClosedAndFailClosedAloneWaitsFiveSeconds() {
    runner.withPropertyValues("status-policy.quota-outage.retry-after=2s").run(context ->
        assertThat(context.getBean(StatusPolicy.class).config().quotaOutage())
            .isEqualTo(QuotaOutage.failClosed(Duration.ofSeconds(2))));
    runner.withPropertyValues("status-policy.quota-outage.mode=fail-closed").run(context ->
        assertThat(context.getBean(StatusPolicy.class).config().quotaOutage())
            .isEqualTo(QuotaOutage.failClosed(Duration.ofSeconds(5))));
    runner.withPropertyValues("status-policy.quota-outage.mode=fail-open").run(context ->
        assertThat(context.getBean(StatusPolicy.class).config().quotaOutage())
            .isEqualTo(QuotaOutage.failOpen()));
  }

  @Test
  void originsWithoutAKindAreListed() {
    runner.withPropertyValues(
        "status-policy.allowed-origins.origins=https://www.yr.no,https://yr.no").run(context ->
            assertThat(context.getBean(StatusPolicy.class).config().allowedOrigins())
                .isEqualTo(AllowedOrigins.listed("https://www.yr.no", "https://yr.no")));
  }

  @Test
  void noneTurnsCorsOff() {
    runner.withPropertyValues("status-policy.allowed-origins.kind=none").run(context ->
        assertThat(context.getBean(StatusPolicy.class).config().allowedOrigins().isNone()).isTrue());
  }

  @Test
  void theQuotaCounterBeanCountsAndCustomizersComeLast() {
    QuotaCounter counter = claim -> null;
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    runner.withBean(QuotaCounter.class, () -> counter)
        .withPropertyValues("status-policy.max-target-length=4096")
        .withBean(StatusPolicyCustomizer.class, () -> builder -> builder.clock(clock).maxTargetLength(512))
        .run(context -> {
          PolicyConfig config = context.getBean(StatusPolicy.class).config();
          assertThat(config.quotaCounter()).isSameAs(counter);
          assertThat(config.clock()).isSameAs(clock);
          assertThat(config.maxTargetLength()).isEqualTo(512);
        });
  }

  @Test
  void theApplicationsOwnPolicyIsUsed() {
    StatusPolicy own = ConformanceApi.policy();
    runner.withBean(StatusPolicy.class, () -> own).run(context ->
        assertThat(context.getBean(StatusPolicy.class)).isSameAs(own));
  }

  @Test
  void withoutACatalogBeanTheApplicationDoesNotStart() {
    new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(StatusPolicyAutoConfiguration.class))
        .run(context -> assertThat(context.getStartupFailure())
            .hasStackTraceContaining(Catalog.class.getName()));
  }

  @Test
  void theFilterIsMappedToTheBasePathRightAfterSecuritysChain() {
    runner.withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class)).run(context -> {
      FilterRegistrationBean<?> filter =
          context.getBean("statusPolicyFilter", FilterRegistrationBean.class);
      assertThat(filter.getUrlPatterns()).containsExactly("/api/weather", "/api/weather/*");
      assertThat(filter.getOrder()).isEqualTo(-100 + 1);
      assertThat(context).hasBean("statusPolicySecurityCredentials");
    });
  }

  @Test
  void withoutSecuritysChainNoCredentialsAreRead() {
    runner.run(context -> assertThat(context).hasNotFailed()
        .doesNotHaveBean("statusPolicySecurityCredentials"));
  }

  @Test
  void aMovedSecurityChainIsFollowed() {
    runner.withPropertyValues("spring.security.filter.order=10").run(context ->
        assertThat(context.getBean("statusPolicyFilter", FilterRegistrationBean.class).getOrder())
            .isEqualTo(11));
  }

  @Test
  void withoutSpringSecurityTheFilterComesFirstAndNoCredentialsAreRead() {
    runner.withClassLoader(new FilteredClassLoader(SecurityContextHolder.class)).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean("statusPolicySecurityCredentials");
      assertThat(context.getBean("statusPolicyFilter", FilterRegistrationBean.class).getOrder())
          .isEqualTo(Ordered.HIGHEST_PRECEDENCE);
    });
  }

  @Test
  void aBasePathOfSlashMapsEverything() {
    assertThat(StatusPolicyAutoConfiguration.urlPatterns("/")).isEqualTo(List.of("/*"));
  }
}
