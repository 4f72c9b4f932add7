package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The first answer to an admission runs on the evaluation itself, any later one on a view of its
 * own: every answer, in any order and on any thread, is the decision a fresh admission would
 * get for that outcome, with the same trace.
 */
class AnsweredAgainTest {

  private static final RequestFacts FINE = Fixtures.fine().build();
  private static final List<Outcome> OUTCOMES = List.of(
      Outcome.data(Fixtures.VALIDATORS), Outcome.unavailable(Duration.ofSeconds(30)),
      Outcome.noData(), Outcome.timedOut(), Outcome.backendFailed(), Outcome.data());

  private static Decision fresh(StatusPolicy policy, Outcome outcome) {
    return policy.respond(policy.admit(FINE), outcome);
  }

  @Test
  void eachAnswerInTurnIsTheDecisionOfAFreshAdmission() {
    StatusPolicy policy = Fixtures.policy();
    Admission admission = policy.admit(FINE);
    assertThat(admission).isInstanceOf(Admission.Admitted.class);
    List<Outcome> again = new ArrayList<>(OUTCOMES);
    again.addAll(OUTCOMES);
    for (Outcome outcome : again) {
      Decision answered = policy.respond(admission, outcome);
      Decision expected = fresh(policy, outcome);
      assertThat(answered).as("%s", outcome).isEqualTo(expected);
      assertThat(answered.trace()).as("%s", outcome).isEqualTo(expected.trace());
    }
  }

  @Test
  void aFailureFirstDoesNotLeaveItsVerdictsInTheNextAnswer() {
    StatusPolicy policy = Fixtures.policy();
    Admission admission = policy.admit(FINE);
    Decision failed = policy.respond(admission, Outcome.backendFailed());
    Decision ok = policy.respond(admission, Outcome.data(Fixtures.VALIDATORS));
    assertThat(failed.status()).isNotEqualTo(HttpStatus.OK);
    assertThat(ok.status()).isEqualTo(HttpStatus.OK);
    assertThat(ok.trace()).isEqualTo(fresh(policy, Outcome.data(Fixtures.VALIDATORS)).trace());
  }

  @Test
  void answersOnManyThreadsAtOnceAreEachTheirOwn() throws Exception {
    StatusPolicy policy = Fixtures.policy();
    List<Decision> expected = new ArrayList<>();
    for (Outcome outcome : OUTCOMES) {
      expected.add(fresh(policy, outcome));
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 200; round++) {
        Admission admission = policy.admit(FINE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Decision>> answers = new ArrayList<>();
        for (Outcome outcome : OUTCOMES) {
          answers.add(threads.submit(() -> {
            start.await();
            return policy.respond(admission, outcome);
          }));
        }
        start.countDown();
        for (int i = 0; i < OUTCOMES.size(); i++) {
          Decision answered = answers.get(i).get();
          assertThat(answered).as("round %d, %s", round, OUTCOMES.get(i)).isEqualTo(expected.get(i));
          assertThat(answered.trace()).isEqualTo(expected.get(i).trace());
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }
}
