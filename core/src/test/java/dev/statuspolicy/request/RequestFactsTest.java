package dev.statuspolicy.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request facts: raw wire values, typed verdicts and their defaults. */
class RequestFactsTest {

  private static final QuotaClaim CLAIM =
      new QuotaClaim(new Quota("default", 20, Duration.ofMinutes(1)), "Acme");

  @Test
  void defaultsAreThoseDocumented() {
    RequestFacts facts = RequestFacts.builder().build();
    assertThat(facts.method()).isEqualTo("GET");
    assertThat(facts.path()).isEqualTo("/");
    assertThat(facts.query()).isEmpty();
    assertThat(facts.blocklist()).isEqualTo(BlocklistStanding.NOT_LISTED);
    assertThat(facts.credentials()).isEqualTo(Credentials.none());
    assertThat(facts.quota()).as("not counted before admission: the policy's counter is asked").isNull();
    assertThat(facts.transport()).isEqualTo(Transport.HTTPS);
    assertThat(facts.requestId()).isNull();
    for (KnownHeader header : KnownHeader.values()) {
      assertThat(facts.values(header)).isEmpty();
      assertThat(facts.first(header)).isNull();
    }
  }

  @Test
  void aTargetSplitsAtTheFirstQuestionMark() {
    RequestFacts facts = RequestFacts.builder().target("/a/b?lat=1&q=?x").build();
    assertThat(facts.path()).isEqualTo("/a/b");
    assertThat(facts.query()).isEqualTo("lat=1&q=?x");
    RequestFacts noQuery = RequestFacts.builder().query("x=1").target("/a").build();
    assertThat(noQuery.query()).isEmpty();
    assertThat(RequestFacts.builder().target(null).build().path()).isEmpty();
    assertThat(RequestFacts.builder().target("?").build().query()).isEmpty();
  }

  @Test
  void nullWireValuesMeanAbsentOrEmpty() {
    RequestFacts facts = RequestFacts.builder().method(null).path(null).query(null)
        .header("User-Agent", null).header((String) null, "x").header(KnownHeader.ACCEPT, null).build();
    assertThat(facts.method()).isEmpty();
    assertThat(facts.path()).isEmpty();
    assertThat(facts.query()).isEmpty();
    assertThat(facts.values(KnownHeader.USER_AGENT)).isEmpty();
    assertThat(facts.values(KnownHeader.ACCEPT)).isEmpty();
  }

  @Test
  void headerNamesMatchIgnoringCaseAndUnknownHeadersAreIgnored() {
    RequestFacts facts = RequestFacts.builder().header("user-agent", "a").header(" USER-AGENT ", "b")
        .header("X-Forwarded-For", "1.2.3.4").header(KnownHeader.REFERER, "r").build();
    assertThat(facts.values(KnownHeader.USER_AGENT)).containsExactly("a", "b");
    assertThat(facts.first(KnownHeader.USER_AGENT)).isEqualTo("a");
    assertThat(facts.first(KnownHeader.REFERER)).isEqualTo("r");
    assertThat(KnownHeader.byName("if-none-match")).isEqualTo(KnownHeader.IF_NONE_MATCH);
    assertThat(KnownHeader.byName("X-Other")).isNull();
    assertThat(KnownHeader.byName(null)).isNull();
    assertThat(KnownHeader.IF_MODIFIED_SINCE.fieldName()).isEqualTo("If-Modified-Since");
  }

  @Test
  void toBuilderCopiesEverythingAndTheCopyIsIndependent() {
    RequestFacts original = RequestFacts.builder().method("HEAD").path("/p").query("q=1")
        .header("Accept", "text/plain").blocklist(BlocklistStanding.BLOCKED).credentials(Credentials.invalid())
        .quota(CLAIM.usage(3, Duration.ZERO)).transport(Transport.HTTP).requestId("r-1").build();
    RequestFacts copy = original.toBuilder().build();
    assertThat(copy.method()).isEqualTo("HEAD");
    assertThat(copy.path()).isEqualTo("/p");
    assertThat(copy.query()).isEqualTo("q=1");
    assertThat(copy.values(KnownHeader.ACCEPT)).containsExactly("text/plain");
    assertThat(copy.blocklist()).isEqualTo(BlocklistStanding.BLOCKED);
    assertThat(copy.credentials()).isEqualTo(Credentials.invalid());
    assertThat(copy.quota()).isEqualTo(CLAIM.usage(3, Duration.ZERO));
    assertThat(copy.transport()).isEqualTo(Transport.HTTP);
    assertThat(copy.requestId()).isEqualTo("r-1");
    RequestFacts changed = original.toBuilder().header("Accept", "text/html").build();
    assertThat(original.values(KnownHeader.ACCEPT)).containsExactly("text/plain");
    assertThat(changed.values(KnownHeader.ACCEPT)).containsExactly("text/plain", "text/html");
    assertThat(original.toString()).isEqualTo("RequestFacts[HEAD /p?q=1]");
    assertThat(RequestFacts.builder().path("/p").build().toString()).isEqualTo("RequestFacts[GET /p]");
  }

  @Test
  void verdictsRefuseNull() {
    RequestFacts.Builder builder = RequestFacts.builder();
    assertThatThrownBy(() -> builder.blocklist(null)).hasMessage("blocklist");
    assertThatThrownBy(() -> builder.credentials(null)).hasMessage("credentials");
    assertThatThrownBy(() -> builder.quota(null)).hasMessage("quota");
    assertThatThrownBy(() -> builder.transport(null)).hasMessage("transport");
    assertThatThrownBy(() -> builder.header((KnownHeader) null, "x")).hasMessage("header");
  }

  @Test
  void quotaUsageIsValidated() {
    assertThatThrownBy(() -> new QuotaUsage(CLAIM, -1, Duration.ZERO)).hasMessageContaining("requests");
    assertThatThrownBy(() -> CLAIM.usage(1, Duration.ofSeconds(-1))).hasMessageContaining("resetIn");
    assertThatThrownBy(() -> CLAIM.usage(1, Duration.ofMinutes(1).plusNanos(1)))
        .as("the window has room again within its own length").hasMessageContaining("resetIn");
    assertThatThrownBy(() -> new QuotaUsage(null, 1, Duration.ZERO)).hasMessage("claim");
    assertThatThrownBy(() -> CLAIM.usage(1, null)).hasMessage("resetIn");
    assertThat(CLAIM.usage(0, Duration.ZERO).resetIn()).isZero();
    assertThat(CLAIM.usage(1, Duration.ofMinutes(1)).resetIn()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void credentialsCarryTheirScopes() {
    Credentials.Valid valid = (Credentials.Valid) Credentials.valid("a", "b");
    assertThat(valid.grants("a")).isTrue();
    assertThat(valid.grants("c")).isFalse();
    assertThat(Credentials.none()).isInstanceOf(Credentials.None.class);
    assertThat(Credentials.invalid()).isInstanceOf(Credentials.Invalid.class);
    assertThatThrownBy(() -> new Credentials.Valid(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void parameterErrorsAndParametersAreBounded() {
    ParameterError long1 = new ParameterError("n".repeat(200), "v".repeat(200), "is bad");
    assertThat(long1.value()).hasSize(ParameterError.MAX_VALUE_LENGTH + 3).endsWith("...");
    assertThat(long1.name()).hasSize(ParameterError.MAX_VALUE_LENGTH + 3);
    String surrogates = "a".repeat(99) + "\ud83d\ude00" + "b";
    assertThat(new ParameterError("n", surrogates, "r").value()).isEqualTo("a".repeat(99) + "...");
    assertThat(new ParameterError("n", "x".repeat(100), "r").value()).hasSize(100);
    Parameters parameters = new Parameters(Map.of("lat", "1"), List.of(new ParameterError("lon", "", "r")));
    assertThat(parameters.valid()).isFalse();
    assertThat(parameters.rejected("lon")).isTrue();
    assertThat(parameters.rejected("lat")).isFalse();
    assertThat(Parameters.none().valid()).isTrue();
  }

  @Test
  void identificationKindsKnowWhetherTheyIdentify() {
    assertThat(Identification.Kind.AGENT.identified()).isTrue();
    assertThat(Identification.Kind.ORIGIN.identified()).isTrue();
    assertThat(Identification.Kind.REFERER.identified()).isTrue();
    assertThat(Identification.Kind.MISSING.identified()).isFalse();
    assertThat(Identification.Kind.BLANK.identified()).isFalse();
    assertThat(Identification.Kind.GENERIC_ONLY.identified()).isFalse();
    assertThat(Identification.Kind.BROWSER.identified()).isFalse();
    assertThatThrownBy(() -> new Identification(null, "")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Identification(Identification.Kind.AGENT, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> new Identification(Identification.Kind.ORIGIN, ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ORIGIN");
    assertThatThrownBy(() -> new Identification(Identification.Kind.MISSING, "Acme"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    assertThat(new Identification(Identification.Kind.BROWSER, "").identified()).isFalse();
  }

  @Test
  void headersReadsEveryKnownHeaderFromTheHostsLookupByItsCanonicalName() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    Map<String, List<String>> received = Map.of(
        "User-Agent", List.of("Acme/1.0 ops@acme.example"),
        "If-None-Match", List.of("\"a\"", "\"b\""),
        "X-Other", List.of("ignored"));
    RequestFacts facts = RequestFacts.builder().headers(name -> {
      asked.add(name);
      return name.equals("Accept") ? null : received.getOrDefault(name, List.of());
    }).build();

    assertThat(asked).containsExactly("User-Agent", "Origin", "Referer", "Accept",
        "If-Modified-Since", "If-None-Match");
    assertThat(facts.values(KnownHeader.USER_AGENT)).containsExactly("Acme/1.0 ops@acme.example");
    assertThat(facts.values(KnownHeader.IF_NONE_MATCH)).containsExactly("\"a\"", "\"b\"");
    assertThat(facts.values(KnownHeader.ACCEPT)).isEmpty();
    java.util.List<String> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    withNull.add("text/html");
    assertThat(RequestFacts.builder().headers(name -> withNull).build().values(KnownHeader.ACCEPT))
        .containsExactly("text/html");
    assertThatThrownBy(() -> RequestFacts.builder().headers(null)).hasMessage("lookup");
  }
}
