package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** No 5xx carries a header outside {@link ServerFaultHeadersTest#ALLOWED}, whatever the request. */
class ServerFaultHeaderProperties {

  private static final StatusPolicy STANDARD = ResponseFixtures.policy();
  private static final StatusPolicy WITH_FAULT_ROWS = ServerFaultHeadersTest.policyWithFaultRows();

  @Property(tries = 2000)
  void noServerFaultCarriesAHeaderOutsideTheAllowedSet(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    for (StatusPolicy policy : new StatusPolicy[] {STANDARD, WITH_FAULT_ROWS}) {
      Decision decision = policy.decide(facts, outcome);
      if (decision.status().isServerError()) {
        assertThat(decision.headers()).extracting(Header::name).as("%s", decision.row())
            .allMatch(ServerFaultHeadersTest.ALLOWED::contains);
        for (Header header : decision.headers()) {
          assertThat(header.value()).doesNotContain("db-host-17");
        }
      }
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
