package dev.statuspolicy.quota;

import static dev.statuspolicy.fixtures.Fixtures.INSIDE;
import static dev.statuspolicy.fixtures.Fixtures.NOW;
import static dev.statuspolicy.fixtures.Fixtures.VALIDATORS;
import static dev.statuspolicy.fixtures.Fixtures.fine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Admission;
import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The host counts in the window the policy names: for the claim the policy names, in exactly its
 * window, called by the policy only when row {@code rate-limited} is reached, or counted first
 * and passed in the facts.
 */
class QuotaCountingTest {

  private static final String LENIENT = "/weatherapi/legacy/1.0/classic";

  /** A client of the lenient product that names no application. */
  private static RequestFacts anonymous() {
    return RequestFacts.builder().path(LENIENT).query(INSIDE).build();
  }

  /** Five seconds into a minute: the fixture clock shows a whole minute. */
  private static FixedWindowCounter counter() {
    return new FixedWindowCounter(NOW.toEpochMilli() + 5_000);
  }

  private static HttpStatus status(StatusPolicy policy, RequestFacts facts) {
    return policy.decide(facts, Outcome.data(VALIDATORS)).status();
  }

  @Test
  void anUnidentifiedClientOfALenientProductIsAdmittedForItsFirstTenRequestsAndRefusedOnTheEleventh() {
    FixedWindowCounter counter = counter();
    StatusPolicy policy = Fixtures.builder().quotaCounter(counter).build();
    for (int request = 1; request <= 10; request++) {
      assertThat(status(policy, anonymous())).as("request %d of the minute", request)
          .isEqualTo(HttpStatus.OK);
      counter.advance(Duration.ofSeconds(2));
    }
    Decision eleventh = policy.decide(anonymous(), Outcome.data(VALIDATORS));
    assertThat(eleventh.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(eleventh.row()).isEqualTo(StandardRow.RATE_LIMITED.id());
    assertThat(eleventh.header("RateLimit-Policy")).isEqualTo("\"unidentified\";q=10;w=60");
    assertThat(counter.calls()).as("every request counted once, in the policy's 60 s window")
        .hasSize(11)
        .allSatisfy(claim -> {
          assertThat(claim.quota()).isEqualTo(new Quota("unidentified", 10, Duration.ofMinutes(1)));
          assertThat(claim.key()).isEqualTo("unidentified");
        });
  }

  @Test
  void retryAfterAndRateLimitTEqualTheWindowResetTheCounterReported() {
    FixedWindowCounter counter = counter();
    StatusPolicy policy = Fixtures.builder().quotaCounter(counter).build();
    for (int request = 1; request <= 10; request++) {
      policy.decide(anonymous(), Outcome.data(VALIDATORS));
      counter.advance(Duration.ofSeconds(2));
    }
    // 25 s into the minute: the window resets in 35 s
    Decision refused = policy.decide(anonymous(), Outcome.data(VALIDATORS));
    assertThat(refused.header("Retry-After")).isEqualTo("35");
    assertThat(refused.header("RateLimit")).isEqualTo("\"unidentified\";r=0;t=35");
    counter.advance(Duration.ofSeconds(34));
    assertThat(status(policy, anonymous())).as("one second early").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    counter.advance(Duration.ofSeconds(1));
    assertThat(status(policy, anonymous())).as("after Retry-After, as promised").isEqualTo(HttpStatus.OK);
  }

  @Test
  void aResetUnderASecondIsRoundedUpToOneSecondInBothFields() {
    StatusPolicy policy = Fixtures.builder()
        .quotaCounter(claim -> claim.usage(21, Duration.ofMillis(1))).build();
    Decision decision = policy.decide(fine().build(), Outcome.data());
    assertThat(decision.header("Retry-After")).isEqualTo("1");
    assertThat(decision.header("RateLimit")).isEqualTo("\"default\";r=0;t=1");
    StatusPolicy now = Fixtures.builder().quotaCounter(claim -> claim.usage(21, Duration.ZERO)).build();
    assertThat(now.decide(fine().build(), Outcome.data()).header("Retry-After"))
        .as("a window that resets now still says at least 1").isEqualTo("1");
  }

  @Test
  void aProductRowsRetryDelayUnderASecondIsStillAtLeastOneSecond() {
    RowDefinition definition = new RowDefinition(RowId.of("partner-limit"), Phase.ADMISSION,
        List.of(HttpStatus.TOO_MANY_REQUESTS), "Is the partner over its limit?", "Partner limit",
        "Wait.", null);
    Rule partner = new Rule() {
      @Override
      public RowDefinition definition() {
        return definition;
      }

      @Override
      public Finding evaluate(RuleContext context) {
        return Finding.fired(HttpStatus.TOO_MANY_REQUESTS, Evidence.builder()
            .quota(new Quota("partner", 5, Duration.ofSeconds(10))).retryAfter(Duration.ZERO).build());
      }
    };
    StatusPolicy policy = Fixtures.builder().insertAfter(StandardRow.RATE_LIMITED.id(), partner).build();
    Decision decision = policy.decide(fine().build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(decision.header("Retry-After")).isEqualTo("1");
    assertThat(decision.header("RateLimit")).isEqualTo("\"partner\";r=0;t=1");
  }

  @Test
  void the429DetailNeverSaysZeroSecondsAndNamesTheLimitInWords() {
    Pattern zeroSeconds = Pattern.compile("\\b0 s\\b|\\b0 seconds\\b");
    List<Object[]> cases = List.of(
        new Object[] {new Quota("a", 20, Duration.ofSeconds(1)), "20 requests per second"},
        new Object[] {new Quota("a", 1, Duration.ofMinutes(1)), "1 request per minute"},
        new Object[] {new Quota("a", 5, Duration.ofSeconds(90)), "5 requests per 90 seconds"},
        new Object[] {new Quota("a", 100, Duration.ofHours(1)), "100 requests per hour"},
        new Object[] {new Quota("a", 9, Duration.ofDays(1)), "9 requests per day"});
    for (Object[] row : cases) {
      Quota quota = (Quota) row[0];
      StatusPolicy policy = Fixtures.builder()
          .identifiedQuota(quota)
          .unidentifiedQuota(new Quota("b", 1, quota.window().multipliedBy(2 * quota.requests())))
          .quotaCounter(claim -> claim.usage(claim.quota().requests() + 1, Duration.ofMillis(400)))
          .build();
      String body = text(policy.decide(fine().header("Accept", "text/plain").build(), Outcome.data()));
      assertThat(body).as("%s", quota)
          .contains("This application has " + (quota.requests() + 1) + " requests counted in the"
              + " current window, over its limit of " + row[1] + ".")
          .doesNotContainPattern(zeroSeconds);
    }
    StatusPolicy policy = Fixtures.builder()
        .quotaCounter(claim -> claim.usage(11, Duration.ofMillis(400))).build();
    assertThat(text(policy.decide(RequestFacts.builder().path(LENIENT).query(INSIDE)
            .header("Accept", "text/plain").build(), Outcome.data())))
        .contains("Clients that do not identify themselves have 11 requests counted in the current window,"
            + " over their shared limit of 10 requests per minute.")
        .doesNotContainPattern(zeroSeconds);
  }

  @Test
  void theCounterIsCalledOnlyForRequestsThatReachRateLimited() {
    FixedWindowCounter counter = counter();
    StatusPolicy policy = Fixtures.builder().quotaCounter(counter).build();
    StatusPolicy https = Fixtures.builder().requireHttps(Fixtures.HTTPS_HOST).quotaCounter(counter).build();
    assertThat(status(https, fine().transport(Transport.HTTP).build()))
        .isEqualTo(HttpStatus.MOVED_PERMANENTLY);
    assertThat(status(policy, fine().blocklist(BlocklistStanding.BLOCKED).build()))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(policy, fine().method("POST").build())).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(status(policy, RequestFacts.builder().path("/weatherapi/forecast/3.0/compact")
        .query(INSIDE).build())).as("unidentified, on a strict product").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(counter.calls()).as("no request turned away before rate-limited is counted").isEmpty();
  }

  @Test
  void theCounterIsCalledExactlyOnceForEachRequestThatReachesRateLimited() {
    FixedWindowCounter counter = counter();
    StatusPolicy policy = Fixtures.builder().quotaCounter(counter).build();
    Admission admission = policy.admit(fine().build());
    policy.respond(admission, Outcome.data(VALIDATORS));
    policy.respond(admission, Outcome.noData());
    assertThat(counter.calls()).as("once per admission, however often it is answered").hasSize(1);
    assertThat(status(policy, Fixtures.get("/weatherapi/nosuch/1.0/compact", INSIDE).build()))
        .as("a later row decides, after the request was counted").isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(counter.calls()).hasSize(2)
        .allSatisfy(claim -> assertThat(claim.key())
            .isEqualTo("default:" + policy.identify(fine().build()).application()));
  }

  @Test
  void aCounterThatThrowsIsAnInternalErrorThatTheTraceRecords() {
    StatusPolicy policy = Fixtures.builder().quotaCounter(claim -> {
      throw new IllegalStateException("CANARY redis at 10.0.0.7 is down");
    }).build();
    assertThatCode(() -> policy.admit(fine().build())).doesNotThrowAnyException();
    Decision decision = policy.decide(fine().header("Accept", "text/plain").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id())).isEqualTo(Trace.Verdict.FAILED);
    assertThat(text(decision)).doesNotContain("CANARY");
    assertThat(decision.headers()).noneMatch(header -> header.value().contains("CANARY"));
  }

  @Test
  void aCounterThatCountsForAnotherClaimIsAnInternalError() {
    QuotaClaim other = new QuotaClaim(new Quota("default", 20, Duration.ofSeconds(1)), "SomeoneElse");
    StatusPolicy policy = Fixtures.builder().quotaCounter(claim -> other.usage(1, Duration.ZERO)).build();
    Decision decision = policy.decide(fine().build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id())).isEqualTo(Trace.Verdict.FAILED);
  }

  @Test
  void aCounterThatCountsNothingAdmitsEveryRequest() {
    StatusPolicy policy = Fixtures.builder().quotaCounter(claim -> null).build();
    Decision decision = policy.decide(fine().build(), Outcome.data(VALIDATORS));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id())).isEqualTo(Trace.Verdict.PASSED);
    assertThat(Fixtures.policy().decide(fine().build(), Outcome.data(VALIDATORS)).status())
        .as("the default counter counts nothing").isEqualTo(HttpStatus.OK);
  }

  @Test
  void theCounterIsSetOnceOnTheBuilderAndByDefaultCountsNothing() {
    QuotaClaim claim = Fixtures.policy().quotaFor(fine().build());
    assertThat(Fixtures.policy().config().quotaCounter().count(claim)).isNull();
    assertThat(QuotaCounter.none().count(claim)).isNull();
    FixedWindowCounter counter = counter();
    assertThat(Fixtures.builder().quotaCounter(counter).build().config().quotaCounter()).isSameAs(counter);
    assertThatThrownBy(() -> Fixtures.builder().quotaCounter(null)).hasMessage("quotaCounter");
  }

  @Test
  void aUsageInTheFactsWinsOverTheCounter() {
    FixedWindowCounter counter = counter();
    StatusPolicy policy = Fixtures.builder().quotaCounter(counter).build();
    Decision over = policy.decide(
        Fixtures.counted(policy, fine(), 21, Duration.ofMillis(300)).build(), Outcome.data());
    assertThat(over.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    Decision under = policy.decide(
        Fixtures.counted(policy, fine(), 20, Duration.ofMillis(300)).build(), Outcome.data(VALIDATORS));
    assertThat(under.status()).isEqualTo(HttpStatus.OK);
    assertThat(counter.calls()).as("the host counted already").isEmpty();
  }

  @Test
  void aUsageCountedForAnotherClaimIsNeverComparedAsARate() {
    StatusPolicy policy = Fixtures.policy();
    QuotaClaim named = policy.quotaFor(anonymous());
    // a host that counted per second: 1 in its second would be "6 a minute", or "60 a minute"
    QuotaClaim perSecond = new QuotaClaim(Quota.perSecond("unidentified", 10), null);
    QuotaClaim otherClient = new QuotaClaim(named.quota(), "SomeApp");
    QuotaClaim otherLimit = new QuotaClaim(new Quota("unidentified", 11, Duration.ofMinutes(1)), null);
    for (QuotaClaim wrong : List.of(perSecond, otherClient, otherLimit)) {
      Decision decision = policy.decide(
          anonymous().toBuilder().quota(wrong.usage(1, Duration.ZERO)).build(), Outcome.data());
      assertThat(decision.status()).as("%s", wrong).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
      assertThat(decision.trace().verdictOf(StandardRow.RATE_LIMITED.id()))
          .isEqualTo(Trace.Verdict.FAILED);
    }
    assertThat(policy.decide(anonymous().toBuilder().quota(named.usage(1, Duration.ZERO)).build(),
        Outcome.data(VALIDATORS)).status()).isEqualTo(HttpStatus.OK);
  }

  private static String text(Decision decision) {
    return decision.body() instanceof Body.ErrorDocument document
        ? new String(document.bytes(), StandardCharsets.UTF_8) : "";
  }
}
