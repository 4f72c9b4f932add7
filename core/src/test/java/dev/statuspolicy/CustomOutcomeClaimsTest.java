package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.DecisionInvariants;
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
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Product rows for custom outcomes: a row that claims a kind decides it wherever it stands among
 * the error rows, an unclaimed kind stays an internal error, and the builder refuses claims that
 * could never be honoured.
 */
class CustomOutcomeClaimsTest {

  private static final Outcome RADAR_DOWN = new Outcome.Custom("radar-site-down", Duration.ofSeconds(90));

  record TeamRow(RowDefinition definition, Function<RuleContext, Finding> logic) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      return logic.apply(context);
    }
  }

  private static RowDefinition definition(String id, Phase phase, HttpStatus status) {
    return new RowDefinition(RowId.of(id), phase, List.of(status), "Is the radar site down?",
        "Radar site down", "Try again after Retry-After.", null);
  }

  /** Maps {@code radar-site-down} to 503 with its retry delay, and claims that kind. */
  private static Rule radarRow(String id) {
    return new TeamRow(definition(id, Phase.RESPONSE, HttpStatus.SERVICE_UNAVAILABLE)
        .withClaims("radar-site-down"),
        context -> context.outcome() instanceof Outcome.Custom custom
            && custom.kind().equals("radar-site-down")
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
                Evidence.builder().retryAfter(custom.retryAfter()).build())
            : Finding.passed());
  }

  private static void assertTheTeamRowDecides(StatusPolicy policy, String id) {
    RequestFacts facts = Fixtures.fine().build();
    Decision decision = policy.decide(facts, RADAR_DOWN);
    assertThat(decision.row()).isEqualTo(RowId.of(id));
    assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.header("Retry-After")).isEqualTo("90");
    assertThat(decision.trace().verdictOf(StandardRow.INTERNAL_ERROR.id()))
        .isEqualTo(Trace.Verdict.PASSED);
    DecisionInvariants.checkGeneric(policy, facts, decision);
  }

  @Test
  void aTeamRowPlacedAfterInternalErrorDecidesTheOutcomeItClaims() {
    StatusPolicy policy = Fixtures.builder()
        .insertAfter(StandardRow.INTERNAL_ERROR.id(), radarRow("radar-after-500")).build();
    assertTheTeamRowDecides(policy, "radar-after-500");
  }

  @Test
  void aTeamRowPlacedAfterBackendUnavailableDecidesTheOutcomeItClaims() {
    StatusPolicy policy = Fixtures.builder()
        .insertAfter(StandardRow.BACKEND_UNAVAILABLE.id(), radarRow("radar-after-503")).build();
    assertTheTeamRowDecides(policy, "radar-after-503");
    assertThat(policy.config().claimedOutcomes())
        .isEqualTo(Map.of("radar-site-down", RowId.of("radar-after-503")));
  }

  @Test
  void theReferenceFindsAnExampleForARowThatMapsAClaimedOutcome() {
    StatusPolicy policy = Fixtures.builder()
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), radarRow("radar-site-down")).build();
    var example = dev.statuspolicy.reference.StatusCodeReference.examples(policy, Map.of())
        .get(RowId.of("radar-site-down"));
    assertThat(example).isNotNull();
    assertThat(example.outcome()).isEqualTo(new Outcome.Custom("radar-site-down", Duration.ofSeconds(120)));
    Decision decision = policy.decide(example.request(), example.outcome());
    assertThat(decision.row()).isEqualTo(RowId.of("radar-site-down"));
    assertThat(decision.header("Retry-After")).isEqualTo("120");
    assertThat(dev.statuspolicy.reference.StatusCodeReference.render(policy)).contains("radar-site-down");
  }

  @Test
  void aCustomOutcomeThatNoRowClaimsIsAnInternalError() {
    StatusPolicy policy = Fixtures.builder()
        .insertAfter(StandardRow.BACKEND_UNAVAILABLE.id(), radarRow("radar")).build();
    Decision decision = policy.decide(Fixtures.fine().build(), new Outcome.Custom("lightning", null));
    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.trace().verdictOf(RowId.of("radar"))).isNull();
    assertThat(Fixtures.policy().config().claimedOutcomes()).isEmpty();
  }

  @Test
  void aClaimingRowThatDoesNotFireForItsOwnKindFailsIntoAnInternalError() {
    Rule lazy = new TeamRow(definition("lazy-radar", Phase.RESPONSE, HttpStatus.SERVICE_UNAVAILABLE)
        .withClaims("radar-site-down"), context -> Finding.passed());
    StatusPolicy policy = Fixtures.builder().insertAfter(StandardRow.NO_DATA.id(), lazy).build();
    Decision decision = policy.decide(Fixtures.fine().build(), RADAR_DOWN);
    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.trace().verdictOf(RowId.of("lazy-radar"))).isEqualTo(Trace.Verdict.FAILED);
    assertThat(decision.trace().verdictOf(StandardRow.INTERNAL_ERROR.id()))
        .isEqualTo(Trace.Verdict.FIRED);
    assertThat(decision.trace().breach()).isEqualTo(new Breach(RowId.of("lazy-radar"),
        Breach.Kind.CLAIM_NOT_DECIDED, "did not fire for outcome kind radar-site-down, which it claims"));
    // on other outcomes it may pass as it likes
    assertThat(policy.decide(Fixtures.fine().build(), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theRefusalListsTheClaimedKindsInAlphabeticalOrder() {
    List<String> kinds = List.of("zeta-down", "alpha-down", "mu-down", "beta-down", "omega-down", "gamma-down");
    Rule early = new TeamRow(definition("early-radar", Phase.ADMISSION, HttpStatus.FORBIDDEN)
        .withClaims(kinds.toArray(String[]::new)), context -> Finding.passed());
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.RATE_LIMITED.id(), early).build())
        .hasMessageContaining("claims custom outcomes " + kinds.stream().sorted().toList());
  }

  @Test
  void anAdmissionRowClaimingCustomOutcomesIsRefusedNamingIt() {
    Rule early = new TeamRow(definition("early-radar", Phase.ADMISSION, HttpStatus.FORBIDDEN)
        .withClaims("radar-site-down"), context -> Finding.passed());
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.RATE_LIMITED.id(), early).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'early-radar'").hasMessageContaining("radar-site-down")
        .hasMessageContaining("response phase");
  }

  @Test
  void aKindClaimedByAnEarlierRowIsRefusedNamingBothRows() {
    assertThatThrownBy(() -> Fixtures.builder()
        .insertAfter(StandardRow.INTERNAL_ERROR.id(), radarRow("radar-first"))
        .insertAfter(StandardRow.BACKEND_FAILED.id(), radarRow("radar-second")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'radar-second'").hasMessageContaining("'radar-first'")
        .hasMessageContaining("'radar-site-down'");
  }

  @Test
  void aClaimingRowAfterARowThatServesDataIsRefusedNamingBoth() {
    assertThatThrownBy(() -> Fixtures.builder()
        .insertAfter(StandardRow.VERSION_DEPRECATED.id(), radarRow("radar-late")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'radar-late'").hasMessageContaining("'not-modified'")
        .hasMessageContaining("serves data");
    // just before the first data row is still in time
    assertThat(Fixtures.builder().insertBefore(StandardRow.NOT_MODIFIED.id(), radarRow("radar-ok"))
        .build().decide(Fixtures.fine().build(), RADAR_DOWN).row()).isEqualTo(RowId.of("radar-ok"));
  }

  @Test
  void aClaimIsAKindThatIsNotBlank() {
    RowDefinition row = definition("radar", Phase.RESPONSE, HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(row.claims()).isEmpty();
    assertThat(row.withClaims("a", "b").claims()).containsExactlyInAnyOrder("a", "b");
    assertThatThrownBy(() -> row.withClaims(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("radar");
  }
}
