package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.StandardRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Lifecycle dates are honoured by the policy's clock: a deprecation or a retirement dated in the
 * future has not begun, and is announced on the 200 (and the 304) until it does.
 */
class LifecycleDatesTest {

  private static final String DEPRECATION_AHEAD = "/weatherapi/forecast/2.5/compact";
  private static final String RETIREMENT_AHEAD = "/weatherapi/forecast/2.8/compact";
  private static final String SUCCESSOR_LINK =
      "</weatherapi/forecast/3.0/compact>; rel=\"successor-version\"";

  private static Decision decide(StatusPolicy policy, RequestFacts facts) {
    Decision decision = policy.decide(facts, Outcome.data(Fixtures.VALIDATORS));
    DecisionInvariants.checkGeneric(policy, facts, decision);
    return decision;
  }

  private static StatusPolicy at(Instant now) {
    return Fixtures.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  @Test
  void aDeprecationDatedInTheFutureIsA200ThatAnnouncesIt() {
    Decision decision = decide(Fixtures.policy(), Fixtures.get(DEPRECATION_AHEAD, Fixtures.INSIDE).build());
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.row()).isEqualTo(StandardRow.OK.id());
    assertThat(decision.header("Deprecation"))
        .isEqualTo("@" + Fixtures.UPCOMING_DEPRECATION.deprecatedAt().getEpochSecond());
    assertThat(decision.header("Sunset")).isEqualTo("Tue, 01 Dec 2026 00:00:00 GMT");
    assertThat(decision.header("Link")).isEqualTo(SUCCESSOR_LINK
        + ", <https://api.example.org/doc/forecast/2.5>; rel=\"deprecation\"");
    assertThat(decision.header("ETag")).isEqualTo("\"v1\"");
    assertThat(decision.body()).isEqualTo(Body.BACKEND_DATA);
  }

  @Test
  void aConditionalRequestBeforeTheDeprecationDateIsA304WithTheSameAnnouncement() {
    RequestFacts plain = Fixtures.get(DEPRECATION_AHEAD, Fixtures.INSIDE).build();
    Decision ok = decide(Fixtures.policy(), plain);
    Decision unchanged = decide(Fixtures.policy(),
        plain.toBuilder().header("If-None-Match", "\"v1\"").build());
    assertThat(unchanged.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    for (String name : new String[] {"Deprecation", "Sunset", "Link", "ETag"}) {
      assertThat(unchanged.header(name)).as(name).isNotNull().isEqualTo(ok.header(name));
    }
    Decision since = decide(Fixtures.policy(), plain.toBuilder()
        .header("If-Modified-Since", "Sun, 01 Mar 2026 11:00:00 GMT").build());
    assertThat(since.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(since.header("Deprecation")).isEqualTo(ok.header("Deprecation"));
  }

  @Test
  void fromTheDeprecationDateTheVersionIsA203AndNever304() {
    StatusPolicy policy = at(Fixtures.UPCOMING_DEPRECATION.deprecatedAt());
    RequestFacts facts = Fixtures.get(DEPRECATION_AHEAD, Fixtures.INSIDE)
        .header("If-None-Match", "\"v1\"").build();
    Decision decision = decide(policy, facts);
    assertThat(decision.status()).isEqualTo(HttpStatus.NON_AUTHORITATIVE_INFORMATION);
    assertThat(decision.row()).isEqualTo(StandardRow.VERSION_DEPRECATED.id());
  }

  @Test
  void aRetirementDatedInTheFutureHasNotHappenedAndAnnouncesItsSunset() {
    Decision decision = decide(Fixtures.policy(), Fixtures.get(RETIREMENT_AHEAD, Fixtures.INSIDE).build());
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.header("Sunset")).isEqualTo("Tue, 01 Sep 2026 00:00:00 GMT");
    assertThat(decision.header("Link")).isEqualTo(SUCCESSOR_LINK);
    assertThat(decision.header("Deprecation")).isNull();
    Decision unchanged = decide(Fixtures.policy(), Fixtures.get(RETIREMENT_AHEAD, Fixtures.INSIDE)
        .header("If-None-Match", "\"v1\"").build());
    assertThat(unchanged.status()).isEqualTo(HttpStatus.NOT_MODIFIED);
    assertThat(unchanged.header("Sunset")).isEqualTo(decision.header("Sunset"));
  }

  @Test
  void fromTheRetirementDateTheVersionIsRetired() {
    Decision decision = decide(at(Fixtures.UPCOMING_RETIREMENT.retiredAt()),
        Fixtures.get(RETIREMENT_AHEAD, Fixtures.INSIDE).build());
    assertThat(decision.status()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(decision.row()).isEqualTo(StandardRow.VERSION_RETIRED.id());
    assertThat(decision.header("Link")).isEqualTo(SUCCESSOR_LINK);
  }

  @Test
  void aStableVersionStaysPlainAndIsRememberedAsSuch() {
    StatusPolicy policy = Fixtures.policy();
    // an announcing 200 between two plain ones must not leak its headers into the plain ones
    Decision first = decide(policy, Fixtures.fine().build());
    decide(policy, Fixtures.get(DEPRECATION_AHEAD, Fixtures.INSIDE).build());
    Decision again = decide(policy, Fixtures.fine().build());
    assertThat(again.headers()).isEqualTo(first.headers());
    assertThat(again.header("Sunset")).isNull();
    assertThat(again.header("Deprecation")).isNull();
  }
}
