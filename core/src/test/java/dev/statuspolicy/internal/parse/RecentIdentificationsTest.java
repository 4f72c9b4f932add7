package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An application seen again is answered with the identification made for it before, so that the
 * common path allocates nothing (DESIGN.md, "work on the common path allocates little").
 */
class RecentIdentificationsTest {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification agent(String agent) {
    return classifier.classify(RequestFacts.builder().header("User-Agent", agent).build());
  }

  @Test
  void theSameApplicationAfterAGenericTokenIsAnsweredWithTheEarlierIdentification() {
    Identification first = agent("okhttp/4.9 AcmeWeather/1.0");
    assertThat(agent("Dalvik/2.1.0 AcmeWeather/2.0")).isSameAs(first);
  }

  @Test
  void applicationsSeenInTurnAreEachRemembered() {
    List<String> names = List.of("AcmeWeather", "YrWidget", "FjellVaer", "Kystradar", "SnowReport", "Curlew");
    List<Identification> firsts = new ArrayList<>();
    for (String name : names) {
      firsts.add(agent(name + "/1.0"));
    }
    for (int i = 0; i < names.size(); i++) {
      assertThat(agent(names.get(i) + "/2.0")).as(names.get(i)).isSameAs(firsts.get(i));
    }
  }

  @Test
  void aNameThatSanitisingChangesIsStillAnsweredAsSanitised() {
    Identification first = agent("Acme\u0007Evil/1");
    Identification again = agent("Acme\u0007Evil/1");
    assertThat(again).isEqualTo(first);
    assertThat(again.application()).doesNotContain("\u0007");
  }
}
