package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Whole agents are remembered by a cheap hash (length, first, middle and last character): two
 * agents that share it must each read as themselves, in any alternation, whatever their kinds;
 * and agents longer than {@link AgentClassifier#MAX_REMEMBERED_AGENT}, which are read afresh each
 * time, read the same as short ones.
 */
class CollidingAgentsTest {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification agent(String agent) {
    return classifier.classify(RequestFacts.builder().header("User-Agent", agent).build());
  }

  /** Agents that share the cheap hash, with what each reads as. */
  private record Pair(String one, Identification first, String other, Identification second) {}

  private static Identification app(String name) {
    return new Identification(Identification.Kind.AGENT, name);
  }

  private static Identification none(Identification.Kind kind) {
    return new Identification(kind, "");
  }

  private static final List<Pair> PAIRS = List.of(
      new Pair("AcmeWeather/1.0", app("AcmeWeather"), "AcmeWeathez/1.0", app("AcmeWeathez")),
      new Pair("okhttp/4.9.3", none(Identification.Kind.GENERIC_ONLY), "orcapp/4.9.3", app("orcapp")),
      new Pair("Mozilla/5.0 AcmeWeather/1.0", none(Identification.Kind.BROWSER),
          "Mozillo/5.0 AcmeWeather/1.0", app("Mozillo")),
      new Pair("     ", none(Identification.Kind.BLANK), " x   ", app("x")));

  private static boolean shareTheCheapHash(String a, String b) {
    int n = a.length();
    return !a.equals(b) && b.length() == n && a.charAt(0) == b.charAt(0)
        && a.charAt(n >> 1) == b.charAt(n >> 1) && a.charAt(n - 1) == b.charAt(n - 1);
  }

  @Test
  void agentsThatShareTheCheapHashEachReadAsThemselvesInAlternation() {
    for (Pair pair : PAIRS) {
      assertThat(shareTheCheapHash(pair.one(), pair.other())).as("%s", pair).isTrue();
      for (int round = 0; round < 3; round++) {
        assertThat(agent(pair.one())).as("'%s', round %s", pair.one(), round).isEqualTo(pair.first());
        assertThat(agent(pair.other())).as("'%s', round %s", pair.other(), round).isEqualTo(pair.second());
      }
      assertThat(agent(pair.other())).as("'%s' twice in a row", pair.other()).isEqualTo(pair.second());
      assertThat(agent(pair.other())).isEqualTo(pair.second());
      assertThat(agent(pair.one())).as("'%s' after", pair.one()).isEqualTo(pair.first());
    }
  }

  @Test
  void agentsLongerThanTheRememberedLimitReadAsShortOnesDo() {
    int limit = AgentClassifier.MAX_REMEMBERED_AGENT;
    for (int length : new int[] {limit, limit + 1, limit * 4}) {
      String comment = "(" + "x".repeat(length - 2) + ")";
      String application = "AcmeWeather/1.0 " + comment;
      String generic = "okhttp/4.9 " + comment;
      String browser = "Mozilla/5.0 " + comment + " AcmeWeather/1.0";
      String blank = " ".repeat(length);
      for (int round = 0; round < 2; round++) {
        assertThat(agent(application)).as("%s long, round %s", application.length(), round)
            .isEqualTo(app("AcmeWeather"));
        assertThat(agent(generic).kind()).isEqualTo(Identification.Kind.GENERIC_ONLY);
        assertThat(agent(browser).kind()).isEqualTo(Identification.Kind.BROWSER);
        assertThat(agent(blank).kind()).isEqualTo(Identification.Kind.BLANK);
      }
    }
  }

  @Test
  void longAgentsThatShareTheCheapHashEachReadAsThemselves() {
    String padding = "(" + "x".repeat(AgentClassifier.MAX_REMEMBERED_AGENT) + ")";
    String one = "AcmeWeather/1.0 " + padding;
    String other = "AcmeWeathez/1.0 " + padding;
    assertThat(shareTheCheapHash(one, other)).isTrue();
    for (int round = 0; round < 2; round++) {
      assertThat(agent(one)).isEqualTo(app("AcmeWeather"));
      assertThat(agent(other)).isEqualTo(app("AcmeWeathez"));
    }
  }
}
