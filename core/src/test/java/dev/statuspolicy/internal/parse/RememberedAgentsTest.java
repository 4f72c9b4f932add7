package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import org.junit.jupiter.api.Test;

/**
 * A {@code User-Agent} value read before is answered from memory as a fresh reading would be:
 * the same identification object for an application, the same kind for a browser, a generic-only
 * or a blank agent, and the same fall through to {@code Origin} and {@code Referer} for those,
 * whether the memory was filled by a request with or without them.
 */
class RememberedAgentsTest {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification agent(String agent) {
    return classifier.classify(RequestFacts.builder().header("User-Agent", agent).build());
  }

  private Identification agent(String agent, String header, String site) {
    return classifier.classify(RequestFacts.builder().header("User-Agent", agent).header(header, site).build());
  }

  @Test
  void theSameAgentTwiceIsTheSameIdentification() {
    Identification first = agent("AcmeWeather/1.0 (support@acme.example) okhttp/4.9");
    assertThat(first).isEqualTo(new Identification(Identification.Kind.AGENT, "AcmeWeather"));
    assertThat(agent("AcmeWeather/1.0 (support@acme.example) okhttp/4.9")).isSameAs(first);
  }

  @Test
  void browserGenericAndBlankAgentsKeepTheirKindsOnRepeat() {
    for (int round = 0; round < 3; round++) {
      assertThat(agent("Mozilla/5.0 (X11; Linux x86_64) AcmeWeather/1.0").kind())
          .as("round %s", round).isEqualTo(Identification.Kind.BROWSER);
      assertThat(agent("okhttp/4.9.3 Dalvik/2.1.0").kind()).as("round %s", round)
          .isEqualTo(Identification.Kind.GENERIC_ONLY);
      assertThat(agent("   ").kind()).as("round %s", round).isEqualTo(Identification.Kind.BLANK);
      assertThat(agent("").kind()).as("round %s", round).isEqualTo(Identification.Kind.BLANK);
    }
  }

  @Test
  void agentsThatNameNoApplicationStillFallThroughToTheOriginOrReferer() {
    agent("Mozilla/5.0 (X11; Linux x86_64)");
    agent("curl/8.4.0");
    agent(" ");
    for (int round = 0; round < 2; round++) {
      assertThat(agent("Mozilla/5.0 (X11; Linux x86_64)", "Origin", "https://yr.no"))
          .isEqualTo(new Identification(Identification.Kind.ORIGIN, "yr.no"));
      assertThat(agent("curl/8.4.0", "Referer", "https://www.yr.no/en/forecast"))
          .isEqualTo(new Identification(Identification.Kind.REFERER, "www.yr.no"));
      assertThat(agent(" ", "Origin", "https://storm.no"))
          .isEqualTo(new Identification(Identification.Kind.ORIGIN, "storm.no"));
      assertThat(agent("Mozilla/5.0 (X11; Linux x86_64)").kind()).isEqualTo(Identification.Kind.BROWSER);
      assertThat(agent("curl/8.4.0").kind()).isEqualTo(Identification.Kind.GENERIC_ONLY);
      assertThat(agent(" ").kind()).isEqualTo(Identification.Kind.BLANK);
    }
  }

  @Test
  void anApplicationNamedByASecondUserAgentValueWinsOverARememberedGenericOne() {
    agent("okhttp/4.9.3");
    for (int round = 0; round < 2; round++) {
      Identification both = classifier.classify(RequestFacts.builder()
          .header("User-Agent", "okhttp/4.9.3").header("User-Agent", "AcmeWeather/1.0").build());
      assertThat(both).isEqualTo(new Identification(Identification.Kind.AGENT, "AcmeWeather"));
      Identification browserFirst = classifier.classify(RequestFacts.builder()
          .header("User-Agent", "Mozilla/5.0").header("User-Agent", "okhttp/4.9.3").build());
      assertThat(browserFirst.kind()).as("a browser value outranks a generic one").isEqualTo(Identification.Kind.BROWSER);
    }
  }
}
