package dev.statuspolicy.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.statuspolicy.host.Backend;
import dev.statuspolicy.testkit.ConformanceApi;
import org.junit.jupiter.api.Test;

/** Which requests the filter serves, and the builder's argument checks. */
class StatusPolicyFilterTest {

  @Test
  void servesTheBasePathAndBelowItOnly() {
    assertThat(StatusPolicyFilter.underBasePath("/weatherapi", "/weatherapi")).isTrue();
    assertThat(StatusPolicyFilter.underBasePath("/weatherapi/", "/weatherapi")).isTrue();
    assertThat(StatusPolicyFilter.underBasePath("/weatherapi/x/1.0/y", "/weatherapi")).isTrue();
    assertThat(StatusPolicyFilter.underBasePath("/weatherapifoo", "/weatherapi")).isFalse();
    assertThat(StatusPolicyFilter.underBasePath("/other/weatherapi", "/weatherapi")).isFalse();
    assertThat(StatusPolicyFilter.underBasePath("", "/weatherapi")).isFalse();
  }

  @Test
  void aBasePathOfSlashServesEveryPath() {
    assertThat(StatusPolicyFilter.underBasePath("/anything", "/")).isTrue();
    assertThat(StatusPolicyFilter.underBasePath("", "/")).isTrue();
  }

  @Test
  void theBuilderNamesTheMissingArgument() {
    assertThatNullPointerException()
        .isThrownBy(() -> StatusPolicyFilter.builder(null, ConformanceApi.backend()))
        .withMessage("policy");
    assertThatNullPointerException()
        .isThrownBy(() -> StatusPolicyFilter.builder(ConformanceApi.policy(), (Backend) null))
        .withMessage("backend");
    assertThatNullPointerException()
        .isThrownBy(() -> StatusPolicyServlet.builder(ConformanceApi.policy(), (ServletBackend) null))
        .withMessage("backend");
    ServletAdapterBuilder<StatusPolicyFilter> builder =
        StatusPolicyFilter.builder(ConformanceApi.policy(), ConformanceApi.backend());
    assertThatNullPointerException().isThrownBy(() -> builder.facts(null)).withMessage("facts");
    assertThatNullPointerException().isThrownBy(() -> builder.log(null)).withMessage("log");
  }
}
