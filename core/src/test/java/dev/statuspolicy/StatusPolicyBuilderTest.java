package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Settings: their defaults, and refusal of invalid ones with a message naming the setting. */
class StatusPolicyBuilderTest {

  @Test
  void defaultsAreThoseDocumented() {
    PolicyConfig config = StatusPolicy.ofDefaults().config();
    assertThat(config.catalog().products()).isEmpty();
    assertThat(config.httpsRequired()).isFalse();
    assertThat(config.httpsHost()).isNull();
    assertThat(config.defaultErrorFormat()).isEqualTo(ErrorFormat.HTML);
    assertThat(config.retiredVersionStatus()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(config.identifiedQuota()).isEqualTo(Quota.perSecond("default", 20));
    assertThat(config.unidentifiedQuota().requests()).isEqualTo(10);
    assertThat(config.unidentifiedQuota().window()).isEqualTo(Duration.ofMinutes(1));
    assertThat(config.prohibitedAgents()).startsWith("okhttp", "Dalvik", "fhttp", "Java", "Wget")
        .contains("curl", "python-requests", "Python", "aiohttp", "Go-http-client", "Apache-HttpClient",
            "axios", "node-fetch", "undici", "libwww-perl", "PostmanRuntime")
        .doesNotHaveDuplicates();
    assertThat(config.browserAgents()).containsExactly("Mozilla", "Opera");
    assertThat(config.siteIdentification()).isEqualTo(IdentificationMode.STRICT);
    assertThat(config.problemTypeBase()).isEqualTo("https://statuspolicy.dev/problems/");
    assertThat(config.clock().getZone()).isEqualTo(Clock.systemUTC().getZone());
    assertThat(config.rules()).containsExactly(StandardRow.values());
    assertThat(config.table()).hasSize(25);
    assertThat(StatusPolicy.ofDefaults().table()).isEqualTo(config.table());
  }

  @Test
  void everySettingIsKeptByTheBuiltConfig() {
    Clock clock = Fixtures.CLOCK;
    Catalog catalog = Fixtures.catalog();
    PolicyConfig config = StatusPolicy.builder()
        .catalog(catalog)
        .requireHttps("api.example.org:8443")
        .defaultErrorFormat(ErrorFormat.PROBLEM_JSON)
        .retiredVersionStatus(HttpStatus.GONE)
        .identifiedQuota(Quota.perSecond("apps", 50))
        .unidentifiedQuota(Quota.perSecond("anon", 1))
        .prohibitedAgents(List.of("curl"))
        .siteIdentification(IdentificationMode.LENIENT)
        .clock(clock)
        .problemTypeBase("urn:problems:")
        .build().config();
    assertThat(config.catalog()).isSameAs(catalog);
    assertThat(config.httpsRequired()).isTrue();
    assertThat(config.httpsHost()).isEqualTo("api.example.org:8443");
    assertThat(config.defaultErrorFormat()).isEqualTo(ErrorFormat.PROBLEM_JSON);
    assertThat(config.retiredVersionStatus()).isEqualTo(HttpStatus.GONE);
    assertThat(config.identifiedQuota().name()).isEqualTo("apps");
    assertThat(config.unidentifiedQuota().name()).isEqualTo("anon");
    assertThat(config.prohibitedAgents()).containsExactly("curl");
    assertThat(config.siteIdentification()).isEqualTo(IdentificationMode.LENIENT);
    assertThat(config.clock()).isSameAs(clock);
    assertThat(config.problemTypeBase()).isEqualTo("urn:problems:");
  }

  @Test
  void aBuilderCanBeReusedWithoutChangingPoliciesAlreadyBuilt() {
    StatusPolicyBuilder builder = StatusPolicy.builder().prohibitedAgents(List.of("curl"));
    StatusPolicy first = builder.build();
    builder.prohibitedAgents(List.of("wget"));
    assertThat(first.config().prohibitedAgents()).containsExactly("curl");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "api.example.org/path", "https://api.example.org", "a b", "host:123456",
      "host\r\nX: y", "host:"})
  void anHttpsHostThatIsNotAPlainHostIsRefused(String host) {
    assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(host))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsHost");
  }

  @ParameterizedTest
  @ValueSource(strings = {"api.example.org", "localhost:8443", "10.0.0.1", "a-b.c"})
  void aPlainHostIsAccepted(String host) {
    assertThat(StatusPolicy.builder().requireHttps(host).build().config().httpsHost()).isEqualTo(host);
  }

  @Test
  void aRetiredVersionStatusOtherThan404Or410IsRefused() {
    for (HttpStatus status : HttpStatus.values()) {
      if (status == HttpStatus.NOT_FOUND || status == HttpStatus.GONE) {
        assertThat(StatusPolicy.builder().retiredVersionStatus(status).build().config()
            .retiredVersionStatus()).isEqualTo(status);
      } else {
        assertThatThrownBy(() -> StatusPolicy.builder().retiredVersionStatus(status))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("retiredVersionStatus").hasMessageContaining(String.valueOf(status.code()));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ok http", "okhttp/4", "(compatible)", "a\tb"})
  void aProhibitedAgentThatIsNotAProductNameIsRefused(String agent) {
    assertThatThrownBy(() -> StatusPolicy.builder().prohibitedAgents(List.of("Java", agent)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prohibitedAgents");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Mozilla 5", "Mozilla/5.0", "(KHTML)", "a\nb"})
  void aBrowserAgentThatIsNotAProductNameIsRefused(String agent) {
    assertThatThrownBy(() -> StatusPolicy.builder().browserAgents(List.of("Mozilla", agent)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("browserAgents");
    assertThatThrownBy(() -> StatusPolicy.builder().browserAgents(null)).hasMessage("browserAgents");
  }

  @Test
  void theBrowserAgentsAreCopiedAndMayBeTurnedOff() {
    java.util.List<String> names = new java.util.ArrayList<>(List.of("Lynx"));
    StatusPolicyBuilder builder = StatusPolicy.builder().browserAgents(names);
    names.add("Mozilla");
    assertThat(builder.build().config().browserAgents()).containsExactly("Lynx");
    assertThat(builder.browserAgents(List.of()).build().config().browserAgents()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "problems/", "https://x.example/problems", "https://x.example/a b/",
      "https://x.example/\"/", "/p<", "1http://x/", "/p\\/", "/problems/"})
  void aProblemTypeBaseThatIsNotAUriPrefixIsRefused(String base) {
    assertThatThrownBy(() -> StatusPolicy.builder().problemTypeBase(base))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problemTypeBase");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://x.example/problems/", "urn:problems:", "tag:x.example,2026:"})
  void aProblemTypeBaseEndingInSlashOrColonIsAccepted(String base) {
    assertThat(StatusPolicy.builder().problemTypeBase(base).build().config().problemTypeBase()).isEqualTo(base);
  }

  @Test
  void anUnidentifiedQuotaNotBelowTheIdentifiedOneIsRefusedAtBuild() {
    StatusPolicyBuilder equal = StatusPolicy.builder()
        .identifiedQuota(Quota.perSecond("default", 20)).unidentifiedQuota(Quota.perSecond("anon", 20));
    assertThatThrownBy(equal::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unidentifiedQuota");
    StatusPolicyBuilder above = StatusPolicy.builder()
        .unidentifiedQuota(new Quota("anon", 1_500, Duration.ofMinutes(1)));
    assertThatThrownBy(above::build).hasMessageContaining("unidentifiedQuota");
    assertThat(StatusPolicy.builder().unidentifiedQuota(new Quota("anon", 1_199, Duration.ofMinutes(1)))
        .build().config().unidentifiedQuota().requests()).isEqualTo(1_199);
  }

  @Test
  void nullSettingsAreRefusedNamingTheSetting() {
    StatusPolicyBuilder builder = StatusPolicy.builder();
    assertThatThrownBy(() -> builder.catalog(null)).hasMessage("catalog");
    assertThatThrownBy(() -> builder.requireHttps(null)).hasMessage("httpsHost");
    assertThatThrownBy(() -> builder.defaultErrorFormat(null)).hasMessage("defaultErrorFormat");
    assertThatThrownBy(() -> builder.retiredVersionStatus(null)).hasMessage("retiredVersionStatus");
    assertThatThrownBy(() -> builder.identifiedQuota(null)).hasMessage("identifiedQuota");
    assertThatThrownBy(() -> builder.unidentifiedQuota(null)).hasMessage("unidentifiedQuota");
    assertThatThrownBy(() -> builder.prohibitedAgents(null)).hasMessage("prohibitedAgents");
    assertThatThrownBy(() -> builder.prohibitedAgents(java.util.Arrays.asList("a", null)))
        .hasMessage("prohibitedAgents");
    assertThatThrownBy(() -> builder.siteIdentification(null)).hasMessage("siteIdentification");
    assertThatThrownBy(() -> builder.clock(null)).hasMessage("clock");
    assertThatThrownBy(() -> builder.problemTypeBase(null)).hasMessage("problemTypeBase");
    assertThatThrownBy(() -> builder.insertBefore(null, StandardRow.OK)).hasMessage("anchor");
    assertThatThrownBy(() -> builder.insertAfter(RowId.of("ok"), null)).hasMessage("rule");
  }
}
