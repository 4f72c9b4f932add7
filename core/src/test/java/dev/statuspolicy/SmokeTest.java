package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import org.junit.jupiter.api.Test;

class SmokeTest {

  @Test
  void anEmptyCatalogAnswersEveryPathWithProductUnknown() {
    StatusPolicy policy = StatusPolicy.ofDefaults();
    RequestFacts facts = RequestFacts.builder()
        .target("/weatherapi/nowhere/1.0/x")
        .header("User-Agent", "AcmeWeather/1.0")
        .build();

    assertThat(policy.decide(facts, Outcome.data()).status()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
