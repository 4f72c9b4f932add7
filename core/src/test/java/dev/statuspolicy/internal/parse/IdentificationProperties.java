package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Identification.Kind;
import dev.statuspolicy.request.RequestFacts;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Identification over generated agents and sites: sites never merge, generic names never count. */
class IdentificationProperties {

  private final AgentClassifier classifier = new AgentClassifier(
      StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS, StatusPolicyBuilder.DEFAULT_BROWSER_AGENTS);

  @Property
  void twoDistinctSitesBehindAnyBrowserAreTwoApplications(
      @ForAll("browsers") String agent, @ForAll("hosts") String first, @ForAll("hosts") String second,
      @ForAll boolean viaReferer) {
    Assume.that(!first.equalsIgnoreCase(second));
    Identification a = classifier.classify(site(agent, first, viaReferer));
    Identification b = classifier.classify(site(agent, second, viaReferer));
    assertThat(a.identified()).isTrue();
    assertThat(a.kind()).isEqualTo(viaReferer ? Kind.REFERER : Kind.ORIGIN);
    assertThat(a.application()).isEqualTo(first.toLowerCase(Locale.ROOT));
    assertThat(a.application()).isNotEqualTo(b.application());
  }

  @Property
  void anyBrowserAgentWithoutASiteIsUnidentified(@ForAll("browsers") String agent) {
    Identification identification = classifier.classify(
        RequestFacts.builder().header("User-Agent", agent).build());
    assertThat(identification).isEqualTo(new Identification(Kind.BROWSER, ""));
  }

  @Property
  void aGenericAgentAloneNeverIdentifiesAndNextToAnApplicationAlwaysDoes(
      @ForAll("generic") String generic, @ForAll("applications") String application,
      @ForAll boolean applicationFirst) {
    Identification alone = classifier.classify(RequestFacts.builder().header("User-Agent", generic).build());
    assertThat(alone.kind()).isEqualTo(Kind.GENERIC_ONLY);
    String both = applicationFirst ? application + "/1.0 " + generic : generic + " " + application + "/1.0";
    Identification named = classifier.classify(RequestFacts.builder().header("User-Agent", both).build());
    assertThat(named).isEqualTo(new Identification(Kind.AGENT, application));
  }

  private static RequestFacts site(String agent, String host, boolean viaReferer) {
    RequestFacts.Builder facts = RequestFacts.builder().header("User-Agent", agent);
    return viaReferer
        ? facts.header("Referer", "https://" + host + "/map?lat=60").build()
        : facts.header("Origin", "https://" + host).build();
  }

  @Provide
  Arbitrary<String> browsers() {
    Arbitrary<String> platform = Arbitraries.of("Windows NT 10.0; Win64; x64", "X11; Linux x86_64",
        "iPhone; CPU iPhone OS 17_2 like Mac OS X", "Linux; Android 14; Pixel 8");
    Arbitrary<String> engine = Arbitraries.of("AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
        "Gecko/20100101 Firefox/121.0", "AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/604.1",
        "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0", "");
    Arbitrary<String> marker = Arbitraries.of("Mozilla/5.0", "Mozilla/4.0", "mozilla/5.0", "Opera/9.80");
    return net.jqwik.api.Combinators.combine(marker, platform, engine)
        .as((m, p, e) -> (m + " (" + p + ") " + e).strip());
  }

  @Provide
  Arbitrary<String> hosts() {
    Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withChars('0', '9', '-')
        .ofMinLength(1).ofMaxLength(12).filter(l -> !l.startsWith("-") && !l.endsWith("-"));
    return net.jqwik.api.Combinators.combine(label, label, Arbitraries.of("no", "example", "com"))
        .as((a, b, tld) -> a + "." + b + "." + tld);
  }

  @Provide
  Arbitrary<String> generic() {
    Arbitrary<String> version = Arbitraries.of("", "/1", "/2.31.0", "/8.0 (x86_64-pc-linux-gnu)");
    return net.jqwik.api.Combinators.combine(
        Arbitraries.of(StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS), version).as((n, v) -> n + v);
  }

  @Provide
  Arbitrary<String> applications() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
        .map(s -> "Weather" + s);
  }
}
