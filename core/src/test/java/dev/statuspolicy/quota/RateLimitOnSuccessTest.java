package dev.statuspolicy.quota;

import static dev.statuspolicy.fixtures.Fixtures.INSIDE;
import static dev.statuspolicy.fixtures.Fixtures.VALIDATORS;
import static dev.statuspolicy.fixtures.Fixtures.fine;
import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code RateLimit} and {@code RateLimit-Policy} on successful responses: a policy setting. */
class RateLimitOnSuccessTest {

  @Test
  void rateLimitHeadersOnSuccessAreOffByDefaultAndOnWhenSet() {
    FixedWindowCounter counter = new FixedWindowCounter(Fixtures.NOW.toEpochMilli() + 400);
    StatusPolicy byDefault = Fixtures.builder().quotaCounter(counter).build();
    assertThat(byDefault.config().rateLimitHeadersOnSuccess()).isFalse();
    Decision quiet = byDefault.decide(fine().build(), Outcome.data(VALIDATORS));
    assertThat(quiet.status()).isEqualTo(HttpStatus.OK);
    assertThat(quiet.headers()).extracting(Header::name).doesNotContain("RateLimit", "RateLimit-Policy");

    StatusPolicy pacing = Fixtures.builder().quotaCounter(counter).rateLimitHeadersOnSuccess(true).build();
    assertThat(pacing.config().rateLimitHeadersOnSuccess()).isTrue();
    Decision ok = pacing.decide(fine().build(), Outcome.data(VALIDATORS));
    assertThat(ok.status()).isEqualTo(HttpStatus.OK);
    assertThat(ok.header("RateLimit-Policy")).isEqualTo("\"default\";q=20;w=1");
    assertThat(ok.header("RateLimit")).as("the second request of this second, 600 ms to go")
        .isEqualTo("\"default\";r=18;t=1");
    assertThat(ok.header("ETag")).as("the success keeps its own headers").isEqualTo(VALIDATORS.etag());
  }

  @Test
  void rateLimitHeadersComeOnEverySuccessStatus() {
    StatusPolicy pacing = Fixtures.builder().rateLimitHeadersOnSuccess(true)
        .quotaCounter(claim -> claim.usage(4, Duration.ofMillis(250))).build();
    Decision deprecated = pacing.decide(
        Fixtures.get("/weatherapi/forecast/2.0/compact", INSIDE).build(), Outcome.data(VALIDATORS));
    Decision beta = pacing.decide(
        Fixtures.get("/weatherapi/forecast/4.0/compact", INSIDE).build(), Outcome.data(VALIDATORS));
    Decision notModified = pacing.decide(
        fine().header("If-None-Match", VALIDATORS.etag()).build(), Outcome.data(VALIDATORS));
    Decision head = pacing.decide(fine().method("HEAD").build(), Outcome.data(VALIDATORS));
    assertThat(deprecated.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(beta.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(notModified.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    for (Decision decision : new Decision[] {deprecated, beta, notModified, head}) {
      assertThat(decision.header("RateLimit")).as("%s", decision.status()).isEqualTo("\"default\";r=16;t=1");
      assertThat(decision.header("RateLimit-Policy")).isEqualTo("\"default\";q=20;w=1");
    }
  }

  @Test
  void rateLimitHeadersAreNotSentOnSuccessWhenTheUsageIsUnknown() {
    StatusPolicy pacing = Fixtures.builder().rateLimitHeadersOnSuccess(true).build();
    Decision ok = pacing.decide(fine().build(), Outcome.data(VALIDATORS));
    assertThat(ok.status()).isEqualTo(HttpStatus.OK);
    assertThat(ok.headers()).extracting(Header::name).doesNotContain("RateLimit", "RateLimit-Policy");
    Decision error = pacing.decide(fine().build(), Outcome.backendFailed());
    assertThat(Fixtures.builder().rateLimitHeadersOnSuccess(true)
        .quotaCounter(claim -> claim.usage(1, Duration.ZERO)).build()
        .decide(fine().build(), Outcome.backendFailed()).headers())
        .as("only successes: a 502 says nothing of the quota").extracting(Header::name)
        .doesNotContain("RateLimit", "RateLimit-Policy");
    assertThat(error.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
  }

  @Test
  void theCachedHeadersOfOneSuccessNeverCarryAnotherRequestsRateLimit() {
    StatusPolicy pacing = Fixtures.builder().rateLimitHeadersOnSuccess(true).build();
    Decision third = pacing.decide(
        Fixtures.counted(pacing, fine(), 3, Duration.ofMillis(500)).build(), Outcome.data(VALIDATORS));
    Decision seventh = pacing.decide(
        Fixtures.counted(pacing, fine(), 7, Duration.ofMillis(500)).build(), Outcome.data(VALIDATORS));
    Decision uncounted = pacing.decide(fine().build(), Outcome.data(VALIDATORS));
    assertThat(third.header("RateLimit")).isEqualTo("\"default\";r=17;t=1");
    assertThat(seventh.header("RateLimit")).isEqualTo("\"default\";r=13;t=1");
    assertThat(uncounted.header("RateLimit")).isNull();
    assertThat(uncounted.header("ETag")).isEqualTo(VALIDATORS.etag());
    Decision again = pacing.decide(
        Fixtures.counted(pacing, fine(), 20, Duration.ofMillis(500)).build(), Outcome.data(VALIDATORS));
    assertThat(again.header("RateLimit")).as("the last request the window allows").isEqualTo("\"default\";r=0;t=1");
    assertThat(again.headers()).filteredOn(header -> header.name().equals("RateLimit")).hasSize(1);
  }
}
