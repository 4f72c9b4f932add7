package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.Quota;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
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
import org.junit.jupiter.api.Test;

/**
 * No overflow in delays: a delay longer than {@code Retry-After} can sensibly say is sent as the
 * documented maximum, 2<sup>31</sup>&minus;1 seconds, never as 0 or as an overflowed number.
 */
class RetryDelayTest {

  /** The documented maximum, as RFC 9111 section 1.2.2 bounds delta-seconds. */
  static final long MAX = 2_147_483_647L;

  private static final Duration HUGE = Duration.ofSeconds(Long.MAX_VALUE, 999_999_999);

  /** Maps {@code Outcome.Custom} to 503 with the outcome's own delay, as a product team would. */
  static final Rule CUSTOM_DOWN = new Rule() {
    private final RowDefinition definition = new RowDefinition(RowId.of("custom-down"),
        Phase.RESPONSE, List.of(HttpStatus.SERVICE_UNAVAILABLE), "Is a team source down?",
        "Team source down", "Retry later.", null);

    @Override
    public RowDefinition definition() {
      return definition;
    }

    @Override
    public Finding evaluate(RuleContext context) {
      return context.outcome() instanceof Outcome.Custom custom
          ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
              Evidence.builder().retryAfter(custom.retryAfter()).build())
          : Finding.passed();
    }
  };

  private static final StatusPolicy POLICY = ResponseFixtures.policyBuilder()
      .insertBefore(StandardRow.INTERNAL_ERROR.id(), CUSTOM_DOWN).build();

  @Test
  void aHugeRetryDelayIsClampedNotOverflowed() {
    for (Duration delay : List.of(Duration.ofSeconds(Long.MAX_VALUE), HUGE, Duration.ofSeconds(MAX, 1),
        Duration.ofSeconds(MAX + 1), Duration.ofDays(365L * 1000))) {
      Decision unavailable = POLICY.decide(oslo().build(), Outcome.unavailable(delay));
      assertThat(unavailable.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(unavailable.header("Retry-After")).as("%s", delay).isEqualTo(Long.toString(MAX));

      Decision custom = POLICY.decide(oslo().build(), new Outcome.Custom("radar-site-down", delay));
      assertThat(custom.row().value()).isEqualTo("custom-down");
      assertThat(custom.header("Retry-After")).as("%s", delay).isEqualTo(Long.toString(MAX));
    }
    assertThat(POLICY.decide(oslo().build(), Outcome.unavailable(Duration.ofSeconds(MAX))).header("Retry-After"))
        .isEqualTo(Long.toString(MAX));
    assertThat(POLICY.decide(oslo().build(), Outcome.unavailable(Duration.ofSeconds(MAX - 1))).header("Retry-After"))
        .isEqualTo(Long.toString(MAX - 1));
    assertThat(POLICY.decide(oslo().build(), Outcome.unavailable(Duration.ofSeconds(MAX - 1, 1)))
        .header("Retry-After")).isEqualTo(Long.toString(MAX));
  }

  @Test
  void aHugeDelayOnA429IsClampedInRetryAfterRateLimitAndTheBody() throws Exception {
    Rule partner = new StatusHeadersTest.FixedRow("partner-limit", Phase.ADMISSION,
        HttpStatus.TOO_MANY_REQUESTS,
        Evidence.builder().quota(Quota.perSecond("partner", 5)).retryAfter(HUGE).build());
    StatusPolicy policy = ResponseFixtures.policyBuilder()
        .insertAfter(StandardRow.RATE_LIMITED.id(), partner).build();
    Decision decision = policy.decide(oslo().header("Accept", "application/json").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("Retry-After")).isEqualTo(Long.toString(MAX));
    assertThat(decision.header("RateLimit")).isEqualTo("\"partner\";r=0;t=" + MAX);
    String json = ((Body.ErrorDocument) decision.body()).text();
    assertThat(new ObjectMapper().readTree(json).get("retryAfter").asLong()).isEqualTo(MAX);
  }

  @Test
  void aQuotaWithAHugeWindowSaysTheMaximumWhenNoDelayIsGiven() {
    Rule partner = new StatusHeadersTest.FixedRow("partner-limit", Phase.ADMISSION,
        HttpStatus.TOO_MANY_REQUESTS,
        Evidence.builder().quota(new Quota("partner", 5, Duration.ofSeconds(Long.MAX_VALUE))).build());
    StatusPolicy policy = ResponseFixtures.policyBuilder()
        .insertAfter(StandardRow.RATE_LIMITED.id(), partner).build();
    Decision decision = policy.decide(oslo().build(), Outcome.data());
    assertThat(decision.header("Retry-After")).isEqualTo(Long.toString(MAX));
    assertThat(decision.header("RateLimit")).endsWith(";t=" + MAX);
  }
}
