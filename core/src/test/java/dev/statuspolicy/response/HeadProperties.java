package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** HEAD gets exactly what GET gets, minus the body (RFC 9110 section 9.3.2). */
class HeadProperties {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();

  @Property(tries = 2000)
  void headHasTheStatusAndHeadersOfGetAndNoBody(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision get = POLICY.decide(facts.toBuilder().method("GET").build(), outcome);
    Decision head = POLICY.decide(facts.toBuilder().method("HEAD").build(), outcome);

    assertThat(head.status()).isEqualTo(get.status());
    assertThat(head.headers()).isEqualTo(get.headers());
    assertThat(head.row()).isEqualTo(get.row());
    assertThat(head.body()).isEqualTo(Body.EMPTY);
    Statistics.label("status").collect(get.status().code());
    Statistics.label("row").collect(get.row().value());
  }

  /** Guards the generator: the other properties mean little if most requests die early. */
  @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE)
  void generatedRequestsReachEveryKindOfAnswer(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision get = POLICY.decide(facts, outcome);
    Statistics.label("kind").collect(get.status().isSuccess() ? "2xx"
        : get.status().isServerError() ? "5xx" : get.status().isError() ? "4xx" : "3xx");
    // Floors well below the generator's usual mix (2xx came out near 5% of 2,000 tries), so that
    // a random run does not trip them while a generator that stops reaching a kind still does.
    Statistics.label("kind").coverage(coverage -> {
      coverage.check("2xx").percentage(p -> p >= 1.5);
      coverage.check("3xx").percentage(p -> p > 0);
      coverage.check("4xx").percentage(p -> p >= 20);
      coverage.check("5xx").percentage(p -> p >= 2);
    });
  }

  @Property(tries = 500)
  void getBodiesAreThereWhenTheStatusHasOne(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision get = POLICY.decide(facts.toBuilder().method("GET").build(), outcome);
    if (get.status().isError() && get.sendsResponse()) {
      assertThat(get.body()).isInstanceOf(Body.ErrorDocument.class);
    } else if (get.status().isSuccess()) {
      assertThat(get.body()).isEqualTo(Body.BACKEND_DATA);
    } else {
      assertThat(get.body()).isEqualTo(Body.EMPTY);
    }
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
