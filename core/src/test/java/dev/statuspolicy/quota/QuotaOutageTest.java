package dev.statuspolicy.quota;

import static dev.statuspolicy.fixtures.Fixtures.VALIDATORS;
import static dev.statuspolicy.fixtures.Fixtures.fine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaOutage;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.StandardRow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * When the quota cannot be counted: the counter throws {@link QuotaUnavailableException}, or the
 * facts say the quota is unknown. Fail-open admits and records it; fail-closed answers 503 with
 * {@code Retry-After}; any other failure of a counter stays a 500.
 */
class QuotaOutageTest {

  private static final String STORE_TEXT = "redis at 10.0.0.7:6379 refused the connection";

  private static final QuotaCounter STORE_DOWN = claim -> {
    throw new QuotaUnavailableException(STORE_TEXT);
  };

  private static StatusPolicyBuilder builder(QuotaCounter counter) {
    return Fixtures.builder().quotaCounter(counter).rateLimitHeadersOnSuccess(true);
  }

  private static Decision decide(StatusPolicy policy, RequestFacts facts) {
    return policy.decide(facts, Outcome.data(VALIDATORS));
  }

  private static String body(Decision decision) {
    return decision.body() instanceof Body.ErrorDocument document
        ? new String(document.bytes(), StandardCharsets.UTF_8) : "";
  }

  @Test
  void failOpenIsTheDefault() {
    assertThat(Fixtures.policy().config().quotaOutage()).isEqualTo(QuotaOutage.failOpen());
  }

  @Test
  void failOpenAdmitsTheRequestAndTheTraceRecordsTheQuotaAsUnknown() {
    Decision decision = decide(builder(STORE_DOWN).build(), fine().header("Accept", "text/plain").build());

    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id())).isEqualTo(Trace.Verdict.PASSED);
    assertThat(decision.trace().verdictOf(StandardRow.QUOTA_UNKNOWN.id())).isEqualTo(Trace.Verdict.PASSED);
    // no count, so nothing to advertise, even with the headers on for successes
    assertThat(decision.header("RateLimit")).isNull();
    assertThat(decision.header("RateLimit-Policy")).isNull();
  }

  @Test
  void aCountedRequestLeavesRowQuotaUnknownNotApplicable() {
    Decision decision = decide(builder(claim -> claim.usage(1, Duration.ZERO)).build(), fine().build());

    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.trace().verdictOf(StandardRow.QUOTA_UNKNOWN.id()))
        .isEqualTo(Trace.Verdict.NOT_APPLICABLE);
    assertThat(decision.header("RateLimit")).isNotNull();
  }

  @Test
  void failClosedAnswers503WithItsRetryAfterAndNothingOfTheStore() {
    StatusPolicy policy = builder(STORE_DOWN)
        .quotaOutage(QuotaOutage.failClosed(Duration.ofSeconds(3))).build();

    for (String accept : new String[] {"application/problem+json", "text/html", "text/plain"}) {
      Decision decision = decide(policy, fine().header("Accept", accept).build());

      assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(decision.row()).isEqualTo(StandardRow.QUOTA_UNKNOWN.id());
      assertThat(decision.header("X-ErrorClass")).isEqualTo("quota-unknown");
      assertThat(decision.header("Retry-After")).isEqualTo("3");
      assertThat(decision.header("RateLimit")).isNull();
      assertThat(body(decision)).isNotEmpty().doesNotContain("redis").doesNotContain("10.0.0.7");
    }
  }

  @Test
  void aHostThatCountedFirstReportsTheUnknownQuotaInTheFactsAndTheCounterIsNotCalled() {
    AtomicInteger calls = new AtomicInteger();
    QuotaCounter counting = claim -> {
      calls.incrementAndGet();
      return claim.usage(1, Duration.ZERO);
    };
    StatusPolicy open = builder(counting).build();
    StatusPolicy closed = builder(counting).quotaOutage(QuotaOutage.failClosed(Duration.ofSeconds(1))).build();

    assertThat(decide(open, fine().quotaUnknown().build()).trace().verdictOf(StandardRow.QUOTA_UNKNOWN.id()))
        .isEqualTo(Trace.Verdict.PASSED);
    assertThat(decide(closed, fine().quotaUnknown().build()).status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(calls).hasValue(0);
  }

  @Test
  void anyOtherFailureOfTheCounterIsStillAnInternalError() {
    QuotaCounter broken = claim -> {
      throw new IllegalStateException(STORE_TEXT);
    };
    Decision decision = decide(builder(broken).quotaOutage(QuotaOutage.failOpen()).build(), fine().build());

    assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id())).isEqualTo(Trace.Verdict.FAILED);
    assertThat(decision.trace().verdictOf(StandardRow.QUOTA_UNKNOWN.id())).isNull();
  }

  @Test
  void aRequestTurnedAwayBeforeTheQuotaIsNeverCounted() {
    AtomicInteger calls = new AtomicInteger();
    QuotaCounter counting = claim -> {
      calls.incrementAndGet();
      throw new QuotaUnavailableException("down");
    };
    StatusPolicy policy = builder(counting).quotaOutage(QuotaOutage.failClosed(Duration.ofSeconds(1))).build();

    Decision decision = decide(policy, fine().method("POST").build());

    assertThat(decision.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(calls).hasValue(0);
  }

  @Test
  void theServedLogLineSaysTheQuotaWasUnknown() {
    RequestFacts facts = fine().build();
    Decision open = decide(builder(STORE_DOWN).build(), facts);
    Decision counted = decide(builder(claim -> claim.usage(1, Duration.ZERO)).build(), facts);

    Served unknown = new Served(facts, Outcome.data(VALIDATORS), open);
    assertThat(unknown.quotaUnknown()).isTrue();
    assertThat(unknown.logLine()).endsWith("-> 200 ok (quota unknown)").doesNotContain("redis");
    Served known = new Served(facts, Outcome.data(VALIDATORS), counted);
    assertThat(known.quotaUnknown()).isFalse();
    assertThat(known.logLine()).endsWith("-> 200 ok");
  }

  @Test
  void theLastOfQuotaAndQuotaUnknownInTheFactsWins() {
    StatusPolicy policy = Fixtures.policy();
    RequestFacts.Builder request = fine();
    RequestFacts unknownThenCounted = request.quotaUnknown()
        .quota(policy.quotaFor(request.build()).usage(3, Duration.ZERO)).build();
    RequestFacts countedThenUnknown = unknownThenCounted.toBuilder().quotaUnknown().build();

    assertThat(unknownThenCounted.quotaUnknown()).isFalse();
    assertThat(unknownThenCounted.quota()).isNotNull();
    assertThat(countedThenUnknown.quotaUnknown()).isTrue();
    assertThat(countedThenUnknown.quota()).isNull();
    assertThat(countedThenUnknown.toBuilder().build().quotaUnknown()).isTrue();
  }

  @Test
  void failClosedRefusesADelayThatIsNotWholeSecondsNamingTheSetting() {
    assertThatThrownBy(() -> QuotaOutage.failClosed(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotaOutage retryAfter");
    assertThatThrownBy(() -> QuotaOutage.failClosed(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotaOutage retryAfter");
    assertThatThrownBy(() -> QuotaOutage.failClosed(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixtures.builder().quotaOutage(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("quotaOutage");
  }
}
