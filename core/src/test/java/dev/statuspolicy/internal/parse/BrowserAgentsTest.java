package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Identification.Kind;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A browser's agent names no application: the site that sent the request does. */
class BrowserAgentsTest {

  static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"
      + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
  static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
  static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"
      + " AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";
  static final String OLD_OPERA = "Opera/9.80 (Windows NT 6.1) Presto/2.12.388 Version/12.16";

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  private Identification browser(String agent, @Nullable String origin, @Nullable String referer) {
    RequestFacts.Builder facts = RequestFacts.builder().header("User-Agent", agent);
    if (origin != null) {
      facts.header("Origin", origin);
    }
    if (referer != null) {
      facts.header("Referer", referer);
    }
    return classifier.classify(facts.build());
  }

  @Test
  void twoSitesSeenThroughTheSameBrowserAreTwoApplications() {
    Identification yr = browser(CHROME, "https://www.yr.example", null);
    Identification storm = browser(CHROME, "https://storm.example", null);
    assertThat(yr).isEqualTo(new Identification(Kind.ORIGIN, "www.yr.example"));
    assertThat(storm).isEqualTo(new Identification(Kind.ORIGIN, "storm.example"));
    assertThat(yr.application()).isNotEqualTo(storm.application());
  }

  @Test
  void aBrowserWithoutOriginIsIdentifiedByTheHostOfItsReferer() {
    assertThat(browser(FIREFOX, null, "https://kart.example/nowcast?lat=60"))
        .isEqualTo(new Identification(Kind.REFERER, "kart.example"));
    assertThat(browser(FIREFOX, "https://a.example", "https://b.example/page").application())
        .isEqualTo("a.example");
  }

  @ParameterizedTest
  @ValueSource(strings = {CHROME, FIREFOX, SAFARI, OLD_OPERA, "Mozilla/5.0", "mozilla/4.0 (compatible)",
      "Mozilla", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
      "Mozilla/5.0 (Linux) AppleWebKit/537.36 Chrome/120 Safari/537.36 AcmeWeather/1.0",
      "(Windows) Mozilla/5.0"})
  void aBrowserWithNeitherOriginNorRefererIsUnidentified(String agent) {
    Identification identification = browser(agent, null, null);
    assertThat(identification).isEqualTo(new Identification(Kind.BROWSER, ""));
    assertThat(identification.identified()).isFalse();
    assertThat(browser(agent, "null", "").kind()).isEqualTo(Kind.BROWSER);
  }

  @ParameterizedTest
  @ValueSource(strings = {"MozillaWeather/1.0", "Mozilla-Fan/2", "Operator/1.0", "AcmeWeather/1.0 Mozilla/5.0"})
  void onlyABrowserMarkerAsTheFirstProductMarksABrowser(String agent) {
    assertThat(browser(agent, null, null).kind()).as(agent).isEqualTo(Kind.AGENT);
  }

  @Test
  void aBrowserAgentNextToAnotherValueThatNamesAnApplicationLetsThatOneIdentify() {
    RequestFacts facts = RequestFacts.builder().header("User-Agent", CHROME)
        .header("User-Agent", "AcmeWeather/1.0").build();
    assertThat(classifier.classify(facts)).isEqualTo(new Identification(Kind.AGENT, "AcmeWeather"));
    RequestFacts generic = RequestFacts.builder().header("User-Agent", "okhttp/4")
        .header("User-Agent", CHROME).build();
    assertThat(classifier.classify(generic).kind()).isEqualTo(Kind.BROWSER);
  }

  @Test
  void theBrowserMarkersAreConfigurable() {
    AgentClassifier none = new AgentClassifier(List.of(), List.of());
    assertThat(none.classify(RequestFacts.builder().header("User-Agent", CHROME).build()))
        .isEqualTo(new Identification(Kind.AGENT, "Mozilla"));
    AgentClassifier custom = new AgentClassifier(List.of(), List.of("Lynx"));
    assertThat(custom.classify(RequestFacts.builder().header("User-Agent", "Lynx/2.9.0").build()).kind())
        .isEqualTo(Kind.BROWSER);
    assertThat(custom.classify(RequestFacts.builder().header("User-Agent", CHROME).build()).kind())
        .isEqualTo(Kind.AGENT);
  }

  @Test
  void aBrowserMarkerInsideANestedCommentIsNotTheFirstProduct() {
    assertThat(browser("((compatible) Mozilla/5.0) AcmeWeather/1.0", null, null))
        .isEqualTo(new Identification(Kind.AGENT, "AcmeWeather"));
  }
}
