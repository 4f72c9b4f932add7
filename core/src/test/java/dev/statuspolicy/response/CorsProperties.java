package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.AllowedOrigins;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever the request, and under each of the four settings, every response that is sent
 * carries the CORS headers that setting calls for, and never an origin that was not configured.
 * The policies are shared by every try, so the remembered headers of 200 and 304 are exercised
 * by one request after another.
 */
class CorsProperties {

  private static final String YR = "https://www.yr.no";
  private static final List<StatusPolicy> POLICIES = List.of(
      ResponseFixtures.policy(),
      ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.fixed(YR)).build(),
      ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.listed(YR, "https://evil.example")).build(),
      ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.listed("http://localhost:8080")).build(),
      ResponseFixtures.policyBuilder().allowedOrigins(AllowedOrigins.none()).build());

  @Property(tries = 2000)
  void everySentResponseCarriesTheCorsHeadersOfItsSetting(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    for (StatusPolicy policy : POLICIES) {
      AllowedOrigins origins = policy.config().allowedOrigins();
      Decision decision = policy.decide(facts, outcome);
      List<String> vary = decision.headers().stream().filter(h -> h.name().equals("Vary"))
          .map(Header::value).toList();
      assertThat(vary.size()).as("one Vary field at most").isLessThanOrEqualTo(1);
      if (!decision.sendsResponse() || origins.isNone()) {
        assertThat(decision.headers()).extracting(Header::name)
            .doesNotContain("Access-Control-Allow-Origin", "Access-Control-Expose-Headers");
        assertThat(String.join(",", vary)).doesNotContain("Origin");
        continue;
      }
      assertThat(decision.header("Access-Control-Expose-Headers")).isEqualTo(CorsHeadersTest.EXPOSED);
      assertThat(decision.header("Access-Control-Allow-Origin")).as("%s for %s", origins, facts)
          .isEqualTo(expected(origins, facts));
      boolean negotiated = decision.header("Content-Type") != null;
      String expectedVary = negotiated
          ? (origins.variesByOrigin() ? "Accept, Origin" : "Accept")
          : (origins.variesByOrigin() ? "Origin" : null);
      assertThat(vary.isEmpty() ? null : vary.get(0)).isEqualTo(expectedVary);
    }
  }

  /** What the header must say, worked out from the setting's own list. */
  private static String expected(AllowedOrigins origins, RequestFacts facts) {
    if (origins.isAny()) {
      return "*";
    }
    if (origins.origins().size() == 1 && origins.allowOriginFor(null) != null) {
      return origins.origins().get(0);
    }
    List<String> sent = facts.values(KnownHeader.ORIGIN);
    if (sent.size() != 1) {
      return null;
    }
    for (String origin : origins.origins()) {
      // browsers send ASCII origins; compare lower-casing ASCII letters only
      if (asciiLower(sent.get(0)).equals(origin)) {
        return origin;
      }
    }
    return null;
  }

  private static String asciiLower(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }

  @Provide
  Arbitrary<RequestFacts> requests() {
    return RequestArbitraries.requests();
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return RequestArbitraries.outcomes();
  }
}
