package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Identification.Kind;
import dev.statuspolicy.request.RequestFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The default agents of common HTTP libraries and tools name no application on their own. */
class GenericAgentsTest {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification agent(String agent) {
    return classifier.classify(RequestFacts.builder().header("User-Agent", agent).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"python-requests/2.31", "python-requests/2.31.0 CPython/3.11",
      "curl/8.0", "curl/7.88.1", "Python/3.11 aiohttp/3.9", "Python-urllib/3.12",
      "python-httpx/0.27", "Go-http-client/1.1", "Go-http-client/2.0", "Apache-HttpClient/5",
      "Apache-HttpClient/4.5.14 (Java/17.0.9)", "axios/1.6", "axios/1.6.2", "node-fetch",
      "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "node", "undici",
      "libwww-perl/6.72", "PostmanRuntime/7.36.0", "insomnia/8.4", "HTTPie/3.2.2",
      "GuzzleHttp/7", "Ruby", "Faraday v2.7.4", "RestSharp/110.2", "Dart/3.2 (dart:io)",
      "ReactorNetty/1.1.13", "Deno/1.39", "Bun/1.0.20"})
  void aLibraryOrToolAgentAloneIdentifiesNoApplication(String agent) {
    Identification identification = agent(agent);
    assertThat(identification.kind()).as(agent).isEqualTo(Kind.GENERIC_ONLY);
    assertThat(identification.application()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "AcmeWeather/2.0 python-requests/2.31, AcmeWeather",
      "curl/8.0 YrWidget/1.1, YrWidget",
      "Python/3.11 aiohttp/3.9 FjellVaer/0.3 (post@fjellvaer.example), FjellVaer",
      "Go-http-client/1.1 Kystradar/4, Kystradar",
      "axios/1.6 SnowReport/2.2, SnowReport",
      "PostmanRuntime/7.36 Curlew/1.0, Curlew"})
  void aGenericTokenNextToAnApplicationNameStillIdentifies(String agent, String application) {
    assertThat(agent(agent)).isEqualTo(new Identification(Kind.AGENT, application));
  }

  @ParameterizedTest
  @ValueSource(strings = {"curlew/1.0", "Pythonista/3", "nodeweather/1", "Rubyweather/2", "Bunny/1",
      "Dartboard/1", "axiosity/1"})
  void aNameThatOnlyResemblesAGenericOneIdentifies(String agent) {
    assertThat(agent(agent).kind()).as(agent).isEqualTo(Kind.AGENT);
  }
}
