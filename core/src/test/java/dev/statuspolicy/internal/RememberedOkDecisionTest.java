package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.RequestFacts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A plain 200 or 304 decided again, with the same headers, body, row and trace as the last one,
 * is that decision object again ({@code SuccessHeaders.decision}); the first decision of a road
 * is written afresh and only equals it. Any other decision in between (another status, other
 * validators, a 200 with lifecycle headers, a HEAD) is its own, and the 200 comes back correct
 * after it (remembered again when the decision in between took its place).
 */
class RememberedOkDecisionTest {

  private static final Outcome DATA = Outcome.data(Fixtures.VALIDATORS);
  private static final RequestFacts FINE = Fixtures.fine().build();
  private static final RequestFacts CONDITIONAL = Fixtures.fine().header("If-None-Match", "\"v1\"").build();

  @Test
  void aPlain200DecidedAgainIsTheSameDecision() {
    StatusPolicy policy = Fixtures.policy();
    Decision first = policy.decide(FINE, DATA);
    Decision second = policy.decide(FINE, DATA);
    Decision third = policy.decide(FINE, DATA);
    assertThat(second).isEqualTo(first);
    assertThat(second.trace()).isSameAs(first.trace());
    assertThat(third).isSameAs(second);
    assertThat(third.status()).isEqualTo(HttpStatus.OK);
    assertThat(third.header("ETag")).isEqualTo("\"v1\"");
  }

  @Test
  void aPlain304DecidedAgainIsTheSameDecisionAndIsKeptApartFromThe200() {
    StatusPolicy policy = Fixtures.policy();
    policy.decide(CONDITIONAL, DATA);
    policy.decide(FINE, DATA);
    Decision notModified = policy.decide(CONDITIONAL, DATA);
    Decision ok = policy.decide(FINE, DATA);
    for (int round = 0; round < 2; round++) {
      assertThat(policy.decide(CONDITIONAL, DATA)).isSameAs(notModified);
      assertThat(policy.decide(FINE, DATA)).isSameAs(ok);
    }
    assertThat(notModified.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(ok.status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void decisionsOnOtherRoadsInBetweenAreTheirOwnAndTheRemembered200ComesBackIntact() {
    StatusPolicy policy = Fixtures.policy();
    Decision ok = policy.decide(FINE, DATA);
    RequestFacts upcoming = Fixtures.get("/weatherapi/forecast/2.5/compact", Fixtures.INSIDE).build();
    RequestFacts head = Fixtures.fine().method("HEAD").build();
    Outcome other = Outcome.data(new Validators(Instant.parse("2026-03-01T11:00:00Z"), null, "\"v2\""));
    for (int round = 0; round < 2; round++) {
      Decision remembered = policy.decide(FINE, DATA);
      assertThat(remembered).isEqualTo(ok);
      Decision lifecycle = policy.decide(upcoming, DATA);
      assertThat(lifecycle).isNotSameAs(remembered);
      assertThat(lifecycle.status()).isEqualTo(HttpStatus.OK);
      assertThat(lifecycle.header("Deprecation")).isNotNull();
      assertThat(policy.decide(FINE, DATA)).as("a 200 with lifecycle headers is not remembered").isSameAs(remembered);
      Decision headDecision = policy.decide(head, DATA);
      assertThat(headDecision).isNotSameAs(remembered);
      assertThat(headDecision.body()).isNotEqualTo(ok.body());
      assertThat(policy.decide(head, DATA)).as("a HEAD again").isSameAs(headDecision);
      // one decision is remembered per status: the HEAD took the GET's place
      Decision afterHead = policy.decide(FINE, DATA);
      assertThat(afterHead).isEqualTo(ok).isNotEqualTo(headDecision);
      assertThat(policy.decide(FINE, DATA)).isSameAs(afterHead);
      Decision otherValidators = policy.decide(FINE, other);
      assertThat(otherValidators.header("ETag")).isEqualTo("\"v2\"");
      assertThat(policy.decide(FINE, Outcome.noData()).status()).isEqualTo(HttpStatus.NOT_FOUND);
      Decision back = policy.decide(FINE, DATA);
      assertThat(back).isEqualTo(ok);
      assertThat(back.header("ETag")).isEqualTo("\"v1\"");
      assertThat(back.header("Deprecation")).isNull();
    }
  }
}
