package dev.statuspolicy.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.testkit.ConformanceApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** A value the builder refuses stops the application at startup, naming the property. */
class RefusedPropertiesTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(StatusPolicyAutoConfiguration.class))
      .withBean(Catalog.class, ConformanceApi::catalog);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "require-https              | https://api.example.org    | require-https",
      "retired-version-status     | 403                        | retired-version-status",
      "retired-version-status     | 999                        | retired-version-status",
      "identified-quota.name      | Apps                       | identified-quota",
      "identified-quota.requests  | 0                          | identified-quota",
      "unidentified-quota.window  | 1500ms                     | unidentified-quota",
      "prohibited-agents          | curl/8                     | prohibited-agents",
      "browser-agents             | Mozilla (X11)              | browser-agents",
      "problem-type-base          | /problems/                 | problem-type-base",
      "allowed-origins.origins    | https://www.yr.no/path     | allowed-origins.origins",
      "quota-outage.retry-after   | 1500ms                     | quota-outage.retry-after",
      "quota-outage.retry-after   | 0s                         | quota-outage.retry-after",
      "max-target-length          | 255                        | max-target-length"})
  void theRefusalNamesTheProperty(String property, String value, String named) {
    // a quota is made of its three parts at once, and is refused as a whole
    runner.withPropertyValues("status-policy." + property + "=" + value).run(context ->
        assertThat(context.getStartupFailure())
            .rootCause()
            .isInstanceOf(InvalidConfigurationPropertyValueException.class)
            .hasMessageContaining("Property status-policy." + named + " with value"));
  }

  @org.junit.jupiter.api.Test
  void aRetryAfterWithFailOpenIsRefusedNamingTheProperty() {
    runner.withPropertyValues("status-policy.quota-outage.mode=fail-open",
        "status-policy.quota-outage.retry-after=5s").run(context ->
            assertThat(context.getStartupFailure())
                .rootCause()
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("Property status-policy.quota-outage.retry-after with value")
                .hasMessageContaining("fail-closed only"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fixed | https://www.yr.no,https://yr.no",
      "any   | https://www.yr.no",
      "none  | https://www.yr.no"})
  void originsThatDoNotFitTheirKindAreRefused(String kind, String origins) {
    runner.withPropertyValues("status-policy.allowed-origins.kind=" + kind,
        "status-policy.allowed-origins.origins=" + origins).run(context ->
            assertThat(context.getStartupFailure())
                .rootCause()
                .hasMessageContaining("status-policy.allowed-origins"));
  }

  @Test
  void settingsRefusedTogetherStopTheApplicationWithTheBuildersReason() {
    // 600 a minute is 10 a second, not fewer than the identified 5 a second
    runner.withPropertyValues("status-policy.unidentified-quota.requests=600",
        "status-policy.unidentified-quota.window=1m",
        "status-policy.identified-quota.requests=5").run(context ->
            assertThat(context.getStartupFailure())
                .hasStackTraceContaining("status-policy.* properties")
                .hasStackTraceContaining("unidentifiedQuota must allow fewer requests per second"));
  }
}
