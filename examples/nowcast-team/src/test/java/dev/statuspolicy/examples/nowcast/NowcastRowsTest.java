package dev.statuspolicy.examples.nowcast;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The team's two rows, through a policy built as the team builds it. */
class NowcastRowsTest {

  private static final StatusPolicy POLICY =
      NowcastTeam.extend(StatusPolicy.builder().catalog(Catalog.of(NowcastTeam.product()))).build();

  private static RequestFacts oslo(String method, String... headers) {
    RequestFacts.Builder builder = RequestFacts.builder().method(method)
        .target("/weatherapi/nowcast/2.0/complete?lat=59.9139&lon=10.7522")
        .header("User-Agent", "radar-app/1.0 ops@example.org");
    for (int i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder.build();
  }

  @Test
  void aSiteDownIsA503WithTheRetryDelayOfTheOutcome() {
    Decision decision = POLICY.decide(oslo("GET"), new Outcome.Custom(RadarSiteDown.KIND, Duration.ofSeconds(90)));
    assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.row()).isEqualTo(RadarSiteDown.ID);
    assertThat(decision.header("Retry-After")).isEqualTo("90");
    assertThat(decision.header("X-ErrorClass")).isEqualTo("radar-site-down");
    assertThat(decision.header("Cache-Control")).isEqualTo("no-store");
    assertThat(decision.trace().breach()).isNull();
  }

  @Test
  void aSiteDownWithoutAKnownEndIsToldFiveMinutes() {
    Decision decision = POLICY.decide(oslo("GET"), new Outcome.Custom(RadarSiteDown.KIND, null));
    assertThat(decision.header("Retry-After")).isEqualTo("300");
  }

  @Test
  void theBodyOfASiteDownIsTheGenericOneAndHeadGetsTheSameHeaders() {
    Outcome down = new Outcome.Custom(RadarSiteDown.KIND, Duration.ofMinutes(2));
    Decision get = POLICY.decide(oslo("GET", "Accept", "application/problem+json"), down);
    Decision head = POLICY.decide(oslo("HEAD", "Accept", "application/problem+json"), down);
    String body = ((Body.ErrorDocument) get.body()).text();
    assertThat(body).contains("\"status\":503", "radar-site-down").doesNotContain("Exception");
    assertThat(head.headers()).isEqualTo(get.headers());
    assertThat(head.body()).isEqualTo(Body.EMPTY);
  }

  @Test
  void degradedCoverageIsA200WithTheDataAndNoValidators() {
    Decision decision = POLICY.decide(oslo("GET"), new Outcome.Custom(RadarCoverageDegraded.KIND, null));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.row()).isEqualTo(RadarCoverageDegraded.ID);
    assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
    assertThat(decision.header("ETag")).isNull();
    assertThat(decision.header("Last-Modified")).isNull();
    assertThat(decision.header("Expires")).isNull();
    assertThat(decision.header("X-ErrorClass")).isNull();
  }

  @Test
  void degradedCoverageIsNeverAnswered304WhereCompleteDataWouldBe() {
    Validators validators = new Validators(Instant.parse("2026-06-01T10:00:00Z"), null, "\"n1\"");
    RequestFacts conditional = oslo("GET", "If-None-Match", "\"n1\"");
    assertThat(POLICY.decide(conditional, Outcome.data(validators)).status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(POLICY.decide(conditional, new Outcome.Custom(RadarCoverageDegraded.KIND, null)).status())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEdgeStillComesFirst() {
    Outcome down = new Outcome.Custom(RadarSiteDown.KIND, null);
    RequestFacts unidentified = RequestFacts.builder()
        .target("/weatherapi/nowcast/2.0/complete?lat=59.9139&lon=10.7522").build();
    assertThat(POLICY.decide(unidentified, down).row().value()).isEqualTo("client-unidentified");
    assertThat(POLICY.decide(oslo("GET"), Outcome.clientClosed()).row().value()).isEqualTo("client-closed-request");
    RequestFacts berlin = RequestFacts.builder().target("/weatherapi/nowcast/2.0/complete?lat=52.52&lon=13.405")
        .header("User-Agent", "radar-app/1.0 ops@example.org").build();
    assertThat(POLICY.decide(berlin, down).row().value()).isEqualTo("outside-coverage");
  }
}
