package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A request that takes the same road through the table as the last one to fire its row gets
 * that request's trace object again ({@code RecentTraces}); any other road gets a trace of its
 * own, equal to the one a policy that remembers nothing writes, however the roads alternate: the
 * same row firing after other verdicts, other rows firing, a table too long to pack its verdicts
 * into one {@code long}. A trace with a breach is never handed out twice.
 */
class SharedTracesTest {

  /** A request and an outcome: one road through the table. */
  private record Road(String name, RequestFacts facts, Outcome outcome, RowId row) {}

  private static final Outcome DATA = Outcome.data(Fixtures.VALIDATORS);

  private static final List<Road> ROADS = List.of(
      new Road("plain 200", Fixtures.fine().build(), DATA, StandardRow.OK.id()),
      new Road("200 with its deprecation ahead",
          Fixtures.get("/weatherapi/forecast/2.5/compact", Fixtures.INSIDE).build(), DATA, StandardRow.OK.id()),
      new Road("200 after the precision check passed",
          Fixtures.get("/weatherapi/nowcast/2.0/compact", Fixtures.INSIDE).build(), DATA, StandardRow.OK.id()),
      new Road("203 deprecated",
          Fixtures.get("/weatherapi/forecast/2.0/compact", Fixtures.INSIDE).build(), DATA,
          StandardRow.VERSION_DEPRECATED.id()),
      new Road("304", Fixtures.fine().header("If-None-Match", "\"v1\"").build(), DATA,
          StandardRow.NOT_MODIFIED.id()),
      new Road("422 outside", Fixtures.get("/weatherapi/nowcast/2.0/compact", Fixtures.OUTSIDE).build(), DATA,
          StandardRow.OUTSIDE_COVERAGE.id()),
      new Road("400 invalid", Fixtures.get("/weatherapi/forecast/3.0/compact", "lat=91&lon=1").build(), DATA,
          StandardRow.PARAMETER_INVALID.id()),
      new Road("404 no data", Fixtures.fine().build(), Outcome.noData(), StandardRow.NO_DATA.id()));

  /** {@return the trace entries a fresh policy, which remembers nothing yet, writes for the road} */
  private static List<Trace.Entry> fresh(StatusPolicyBuilder builder, Road road) {
    return builder.build().decide(road.facts(), road.outcome()).trace().entries();
  }

  private static void checkAlternation(StatusPolicyBuilder builder) {
    StatusPolicy policy = builder.build();
    for (int round = 0; round < 3; round++) {
      for (Road road : ROADS) {
        Decision decision = policy.decide(road.facts(), road.outcome());
        assertThat(decision.row()).as(road.name()).isEqualTo(road.row());
        assertThat(decision.trace().entries()).as("%s, round %s", road.name(), round)
            .isEqualTo(fresh(builder, road));
        assertThat(decision.trace().verdictOf(road.row())).isEqualTo(Trace.Verdict.FIRED);
        assertThat(decision.trace().breach()).isNull();
      }
    }
  }

  @Test
  void theSameRoadTwiceGetsTheSameTraceObject() {
    StatusPolicy policy = Fixtures.policy();
    for (Road road : ROADS) {
      Decision first = policy.decide(road.facts(), road.outcome());
      Decision again = policy.decide(road.facts(), road.outcome());
      assertThat(again.trace()).as(road.name()).isSameAs(first.trace());
    }
  }

  @Test
  void alternatingRoadsEachGetTheirOwnTrace() {
    checkAlternation(Fixtures.builder());
  }

  @Test
  void theSameRowFiringAfterOtherVerdictsGetsAnotherTrace() {
    StatusPolicy policy = Fixtures.policy();
    Road forecast = ROADS.get(0);
    Road nowcast = ROADS.get(2);
    for (int round = 0; round < 3; round++) {
      Trace one = policy.decide(forecast.facts(), forecast.outcome()).trace();
      Trace other = policy.decide(nowcast.facts(), nowcast.outcome()).trace();
      assertThat(one.verdictOf(StandardRow.COORDINATES_TOO_PRECISE.id())).isEqualTo(Trace.Verdict.NOT_APPLICABLE);
      assertThat(other.verdictOf(StandardRow.COORDINATES_TOO_PRECISE.id())).isEqualTo(Trace.Verdict.PASSED);
      assertThat(other.entries()).isNotEqualTo(one.entries());
    }
  }

  @Test
  void aTableTooLongToPackItsVerdictsStillGetsEachRoadsOwnTrace() {
    StatusPolicyBuilder builder = Fixtures.builder();
    for (int i = 0; i < 10; i++) {
      builder.insertBefore(StandardRow.OK.id(), row("team-check-" + i, Phase.RESPONSE,
          context -> context.outcome() instanceof Outcome.NoData ? Finding.notApplicable() : Finding.passed(),
          HttpStatus.FORBIDDEN));
    }
    assertThat(builder.build().table()).hasSizeGreaterThan(32);
    checkAlternation(builder);
  }

  @Test
  void aTraceWithABreachIsNeverSharedAndTheRoadsAroundItKeepTheirs() {
    Rule leaky = row("leaky-fault", Phase.RESPONSE, context -> context.outcome() instanceof Outcome.BackendFailed
        ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder().detail("db-7 refused")
            .retryAfter(Duration.ofSeconds(30)).build())
        : Finding.passed(), HttpStatus.SERVICE_UNAVAILABLE);
    StatusPolicyBuilder builder = Fixtures.builder().insertBefore(StandardRow.BACKEND_FAILED.id(), leaky);
    StatusPolicy policy = builder.build();
    Road breached = new Road("withheld evidence", Fixtures.fine().build(), Outcome.backendFailed(),
        RowId.of("leaky-fault"));
    Road plain = ROADS.get(0);
    Trace previous = null;
    for (int round = 0; round < 3; round++) {
      Decision decision = policy.decide(breached.facts(), breached.outcome());
      assertThat(decision.row()).isEqualTo(breached.row());
      assertThat(decision.trace().breach()).isNotNull();
      assertThat(decision.trace().breach().kind()).isEqualTo(Breach.Kind.WITHHELD_EVIDENCE);
      assertThat(decision.trace().entries()).isEqualTo(fresh(builder, breached));
      assertThat(decision.trace()).isNotSameAs(previous);
      previous = decision.trace();
      Decision ok = policy.decide(plain.facts(), plain.outcome());
      assertThat(ok.trace().breach()).isNull();
      assertThat(ok.trace().entries()).isEqualTo(fresh(builder, plain));
    }
  }

  /** A product team's row, with its logic as a function. */
  private record TeamRow(RowDefinition definition, Function<RuleContext, Finding> logic) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      return logic.apply(context);
    }
  }

  private static Rule row(String id, Phase phase, Function<RuleContext, Finding> logic, HttpStatus status) {
    return new TeamRow(new RowDefinition(RowId.of(id), phase, List.of(status), "Does the team's rule apply?",
        "Team rule", "Do what the team says.", null), logic);
  }
}
