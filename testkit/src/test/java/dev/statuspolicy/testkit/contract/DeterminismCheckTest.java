package dev.statuspolicy.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.StandardRow;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A row with state of its own answers the same request two ways, and the kit says so. (A broken
 * extension cannot show this through the whole kit: the reference, run on a fresh policy, would
 * fail as well.)
 */
class DeterminismCheckTest {

  @Test
  void aRowThatAnswersEveryOtherCallDifferentlyBreaksDeterminism() {
    AtomicLong calls = new AtomicLong();
    var flapping = new TeamExtensions.TeamRow(TeamExtensions.definition("flap-guard", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE), context -> context.outcome() instanceof Outcome.TimedOut
            && calls.incrementAndGet() % 2 == 0
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.NONE) : Finding.passed());
    StatusPolicy policy = TeamExtensions.base(TeamExtensions.nordic(false), new TeamExtensions.StationId(false))
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), flapping).build();
    Exchange exchange = new Exchange(Request.get("/weatherapi/radar/2.0/composite", "lat=60&lon=10"),
        Outcome.timedOut());

    ContractViolation violation = catchThrowableOfType(ContractViolation.class,
        () -> new DecisionChecks(policy).check(exchange));

    assertThat(violation.guarantee()).isEqualTo(Guarantee.DETERMINISM);
    assertThat(violation.getMessage()).contains("a second decide gave");
  }

  @Test
  void theSameRowWithoutStateKeepsDeterminism() {
    var steady = new TeamExtensions.TeamRow(TeamExtensions.definition("flap-guard", Phase.RESPONSE,
        HttpStatus.SERVICE_UNAVAILABLE), context -> context.outcome() instanceof Outcome.TimedOut
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.NONE) : Finding.passed());
    StatusPolicy policy = TeamExtensions.base(TeamExtensions.nordic(false), new TeamExtensions.StationId(false))
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), steady).build();
    Exchange exchange = new Exchange(Request.get("/weatherapi/radar/2.0/composite", "lat=60&lon=10"),
        Outcome.timedOut());

    assertThat(new DecisionChecks(policy).check(exchange).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
  }
}
