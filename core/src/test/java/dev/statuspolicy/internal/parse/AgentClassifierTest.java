package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Identification.Kind;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the application from User-Agent, else Origin, else Referer. */
class AgentClassifierTest {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification agent(String... agents) {
    RequestFacts.Builder builder = RequestFacts.builder();
    for (String agent : agents) {
      builder.header("User-Agent", agent);
    }
    return classifier.classify(builder.build());
  }

  @Test
  void metsOwnExamplesIdentifyTheirApplication() {
    assertThat(agent("acmeweathersite.com support@acmeweathersite.com"))
        .isEqualTo(new Identification(Kind.AGENT, "acmeweathersite.com"));
    assertThat(agent("AcmeWeatherApp/0.9 github.com/acmeweatherapp"))
        .isEqualTo(new Identification(Kind.AGENT, "AcmeWeatherApp"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp/4.9.0", "Dalvik/2.1.0 (Linux; U; Android 12; Pixel 6)", "fhttp", "Java/17.0.2",
      "wget/1.12", "Wget/1.21.3", "OKHTTP", "java", "okhttp-client/1", "java.net.http/11", "Dalvik_VM",
      "(compatible; AcmeBot) okhttp/4", "okhttp/4 Java/17", "/1.0", "--- ///", "!!!/1"})
  void genericAgentsAloneDoNotIdentify(String agent) {
    Identification identification = agent(agent);
    assertThat(identification.kind()).isEqualTo(Kind.GENERIC_ONLY);
    assertThat(identification.identified()).isFalse();
    assertThat(identification.application()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp/4.9.0 AcmeWeather/1.0", "Dalvik/2.1.0 (Linux) AcmeWeather/3.1", "Javanese/1.0",
      "okhttpx/1", "Wgetter"})
  void aRealNameNextToOrResemblingAGenericOneIdentifies(String agent) {
    assertThat(agent(agent).kind()).isEqualTo(Kind.AGENT);
  }

  @Test
  void theFirstNonGenericProductNamesTheApplication() {
    assertThat(agent("okhttp/4.9.0 AcmeWeather/1.0 Other/2").application()).isEqualTo("AcmeWeather");
    assertThat(agent("Dalvik/2.1.0 (Linux; AcmeInComment) Acme/1").application()).isEqualTo("Acme");
    assertThat(agent("((nested) still comment) Real/1").application()).isEqualTo("Real");
    assertThat(agent(") Stray/1").application()).isEqualTo("Stray");
    assertThat(agent("Acme(comment)").application()).isEqualTo("Acme");
  }

  @Test
  void missingAndBlankAgentsAreToldApart() {
    assertThat(agent().kind()).isEqualTo(Kind.MISSING);
    assertThat(agent("").kind()).isEqualTo(Kind.BLANK);
    assertThat(agent("  \t").kind()).isEqualTo(Kind.BLANK);
    assertThat(agent("", "okhttp").kind()).isEqualTo(Kind.GENERIC_ONLY);
    assertThat(agent("okhttp", "").kind()).isEqualTo(Kind.GENERIC_ONLY);
    assertThat(agent("okhttp", "Acme/1").application()).isEqualTo("Acme");
  }

  @Test
  void originThenRefererStandInForAMissingOrGenericAgent() {
    RequestFacts both = RequestFacts.builder().header("User-Agent", "okhttp")
        .header("Origin", "https://Acme.Example:8443").header("Referer", "https://other.example/page").build();
    assertThat(classifier.classify(both)).isEqualTo(new Identification(Kind.ORIGIN, "acme.example:8443"));
    RequestFacts referer = RequestFacts.builder().header("Referer", "https://user:pw@maps.example/page?q=1#x").build();
    assertThat(classifier.classify(referer)).isEqualTo(new Identification(Kind.REFERER, "maps.example"));
    RequestFacts bare = RequestFacts.builder().header("Referer", "maps.example/page").build();
    assertThat(classifier.classify(bare).application()).isEqualTo("maps.example");
    RequestFacts agentWins = RequestFacts.builder().header("User-Agent", "Acme/1").header("Origin", "https://x.example").build();
    assertThat(classifier.classify(agentWins).kind()).isEqualTo(Kind.AGENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "null", "NULL", "https://", "https:///path", "//", "?q", "#x", "https://@/"})
  void anOriginOrRefererWithoutAHostDoesNotIdentify(String value) {
    RequestFacts facts = RequestFacts.builder().header("Origin", value).header("Referer", value).build();
    Identification identification = classifier.classify(facts);
    assertThat(identification.identified()).isFalse();
    assertThat(identification.kind()).isEqualTo(Kind.MISSING);
  }

  @Test
  void theApplicationKeyIsBoundedAndSafe() {
    Identification long1 = agent("A".repeat(10_000) + "/1");
    assertThat(long1.application().length()).isLessThanOrEqualTo(103);
    Identification control = agent("Acme\u0000\u0007Evil/1");
    assertThat(control.application()).doesNotContain("\u0000", "\u0007");
    RequestFacts origin = RequestFacts.builder().header("Origin", "https://" + "h".repeat(5_000) + ".example").build();
    assertThat(classifier.classify(origin).application().length()).isLessThanOrEqualTo(103);
  }

  @Test
  void prohibitedNamesAreConfigurable() {
    AgentClassifier custom = new AgentClassifier(List.of("curl"), List.of());
    assertThat(custom.classify(RequestFacts.builder().header("User-Agent", "curl/8.0").build()).identified()).isFalse();
    assertThat(custom.classify(RequestFacts.builder().header("User-Agent", "okhttp/4").build()).identified()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"(Windows NT 10.0; Win64)", "(a) (b)", "((nested) comment)", "(unclosed"})
  void anAgentOfCommentsAloneNamesNoApplication(String agent) {
    assertThat(agent(agent)).isEqualTo(new Identification(Kind.GENERIC_ONLY, ""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Faraday v2.7.4", "Faraday V2.7.4", "okhttp 1.0", "okhttp 9.09", "Java 0.9"})
  void aBareVersionNumberNamesNoApplication(String agent) {
    assertThat(agent(agent).kind()).as(agent).isEqualTo(Kind.GENERIC_ONLY);
  }

  @ParameterizedTest
  @CsvSource({"4castApp/1.0, 4castApp", "2.0Weather, 2.0Weather", "v8Weather/1, v8Weather",
      "X1.0/2, X1.0", "Vane/1, Vane"})
  void aNameThatOnlyStartsLikeAVersionNamesTheApplication(String agent, String application) {
    assertThat(agent(agent)).isEqualTo(new Identification(Kind.AGENT, application));
  }

  @Test
  void anAtSignInTheRefererPathIsNotUserInformation() {
    RequestFacts facts = RequestFacts.builder().header("Referer", "https://social.example/@forecaster").build();
    assertThat(classifier.classify(facts)).isEqualTo(new Identification(Kind.REFERER, "social.example"));
  }
}
