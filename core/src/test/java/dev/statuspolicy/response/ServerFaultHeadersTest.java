package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Challenge;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A 5xx shows no evidence in its headers, as in its body: a product row's evidence may hold
 * links, dates or text that tell what went wrong. Only these may appear on a 5xx.
 */
class ServerFaultHeadersTest {

  /** The only headers a 5xx may carry. */
  static final Set<String> ALLOWED = Set.of("Retry-After", "Cache-Control", "X-ErrorClass",
      "Content-Type", "X-Content-Type-Options", "Content-Security-Policy", "Vary",
      "Access-Control-Allow-Origin", "Access-Control-Expose-Headers");

  /** Everything a row can find, planted with the canary. */
  static Evidence everything() {
    return Evidence.builder()
        .detail(RequestArbitraries.CANARY)
        .retryAfter(Duration.ofSeconds(30))
        .successor("9.9", "https://db-host-17.internal/successor")
        .lifecycle(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"))
        .deprecationLink("https://db-host-17.internal/why")
        .challenge(new Challenge("internal", "db-host-17", null))
        .allowedMethods(List.of("GET"))
        .location("https://db-host-17.internal/")
        .build();
  }

  /** A product team's row that maps its own outcome to a fault, with all its evidence. */
  record FaultRow(RowDefinition definition, HttpStatus status) implements Rule {
    FaultRow(String id, Phase phase, HttpStatus status) {
      this(new RowDefinition(RowId.of(id), phase, List.of(status), "Is the team's source down?",
          "Team source down", "Retry later.", null), status);
    }

    @Override
    public Finding evaluate(RuleContext context) {
      boolean fires = context.outcome() instanceof Outcome.Custom
          || (context.outcome() == null && context.facts().path().equals(ResponseFixtures.MAINTENANCE));
      return fires ? Finding.fired(status, everything()) : Finding.passed();
    }
  }

  /** The fixture's policy, with product rows that answer 503, 502 and 504 with evidence. */
  static StatusPolicy policyWithFaultRows() {
    return ResponseFixtures.policyBuilder()
        .insertBefore(StandardRow.PRODUCT_UNAVAILABLE.id(),
            new FaultRow("radar-admission-down", Phase.ADMISSION, HttpStatus.SERVICE_UNAVAILABLE))
        .insertBefore(StandardRow.INTERNAL_ERROR.id(),
            new FaultRow("radar-site-down", Phase.RESPONSE, HttpStatus.SERVICE_UNAVAILABLE))
        .build();
  }

  private static void assertNoEvidence(Decision decision) {
    assertThat(decision.status().isServerError()).isTrue();
    assertThat(decision.headers()).extracting(Header::name).as("%s", decision.row())
        .allMatch(ALLOWED::contains);
    for (Header header : decision.headers()) {
      assertThat(header.value()).doesNotContain("db-host-17").doesNotContain("CANARY");
    }
  }

  @Test
  void aProductRowsFiveOhThreeCarriesNoLinkNorLifecycleDates() {
    StatusPolicy policy = policyWithFaultRows();
    Decision response = policy.decide(oslo().build(), new Outcome.Custom("radar-site-down", null));
    assertThat(response.row().value()).isEqualTo("radar-site-down");
    assertThat(response.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.header("Link")).isNull();
    assertThat(response.header("Deprecation")).isNull();
    assertThat(response.header("Sunset")).isNull();
    assertThat(response.header("Retry-After")).as("the delay travels as a number").isEqualTo("30");
    assertNoEvidence(response);

    Decision admission = policy.decide(oslo(ResponseFixtures.MAINTENANCE).build(), Outcome.data());
    assertThat(admission.row().value()).isEqualTo("radar-admission-down");
    assertThat(admission.header("Link")).isNull();
    assertNoEvidence(admission);
  }

  @Test
  void aFourHundredStillShowsTheLifecycleOfTheVersion() {
    Rule teamGone = new StatusHeadersTest.FixedRow("team-gone", Phase.RESPONSE, HttpStatus.NOT_FOUND,
        everything());
    StatusPolicy policy = ResponseFixtures.policyBuilder()
        .insertBefore(StandardRow.INTERNAL_ERROR.id(), teamGone).build();
    Decision decision = policy.decide(oslo().build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decision.header("Link")).contains("rel=\"successor-version\"");
    assertThat(decision.header("Sunset")).isNotNull();
  }
}
