package dev.statuspolicy.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.RequestFacts;
import org.junit.jupiter.api.Test;

/** Row 2a, {@code target-too-long}: 414 for a target over the limit, before the query is read. */
class TargetTooLongTest {

  private static final String PATH = "/weatherapi/forecast/3.0/compact";

  private static Decision decide(StatusPolicy policy, RequestFacts facts) {
    Decision decision = policy.decide(facts, Outcome.data());
    DecisionInvariants.checkGeneric(policy, facts, decision);
    return decision;
  }

  @Test
  void aHundredKilobyteQueryOfAnUndeclaredParameterIsAnswered414NotOk() {
    String query = Fixtures.INSIDE + "&comment=" + "a".repeat(100 * 1024);
    Decision decision = decide(Fixtures.policy(), Fixtures.get(PATH, query).build());
    assertThat(decision.status()).isEqualTo(HttpStatus.URI_TOO_LONG);
    assertThat(decision.status().reason()).isEqualTo("URI Too Long");
    assertThat(decision.row()).isEqualTo(StandardRow.TARGET_TOO_LONG.id());
    assertThat(decision.header("X-ErrorClass")).isEqualTo("target-too-long");
  }

  @Test
  void theRowFiresBeforeAnyRowReadsTheQuery() {
    // a query that would fail to decode is never decoded: nothing after row 2a is consulted
    String query = "lat=%ZZ&" + "q=%FF".repeat(3000);
    Decision decision = decide(Fixtures.policy(), Fixtures.get(PATH, query).build());
    assertThat(decision.row()).isEqualTo(StandardRow.TARGET_TOO_LONG.id());
    assertThat(decision.trace().entries()).extracting(Trace.Entry::row).containsExactly(
        StandardRow.HTTPS_REQUIRED.id(), StandardRow.CLIENT_BLOCKED.id(),
        StandardRow.TARGET_TOO_LONG.id());
  }

  @Test
  void everyErrorFormatCarriesTheRowsProblem() {
    RequestFacts facts = Fixtures.get(PATH, "x=" + Fixtures.PADDING).build();
    for (ErrorFormat format : ErrorFormat.values()) {
      StatusPolicy policy = Fixtures.builder().defaultErrorFormat(format).build();
      Decision decision = decide(policy, facts);
      assertThat(decision.status()).as(format.name()).isEqualTo(HttpStatus.URI_TOO_LONG);
      assertThat(decision.header("Content-Type")).as(format.name()).startsWith(format.mediaType());
      assertThat(((Body.ErrorDocument) decision.body()).text()).as(format.name())
          .contains("Request target too long").doesNotContain(Fixtures.PADDING);
    }
    Decision head = decide(Fixtures.policy(), facts.toBuilder().method("HEAD").build());
    assertThat(head.status()).isEqualTo(HttpStatus.URI_TOO_LONG);
    assertThat(head.body()).isEqualTo(Body.EMPTY);
  }

  @Test
  void theLimitCountsPathQuestionMarkAndQueryAndIsInclusive() {
    StatusPolicy policy = Fixtures.builder().maxTargetLength(300).build();
    String base = PATH + "?" + Fixtures.INSIDE + "&x=";
    String exact = "y".repeat(300 - base.length());
    RequestFacts atLimit = Fixtures.get(PATH, Fixtures.INSIDE + "&x=" + exact).build();
    assertThat(decide(policy, atLimit).status()).isEqualTo(HttpStatus.OK);
    RequestFacts overLimit = Fixtures.get(PATH, Fixtures.INSIDE + "&x=" + exact + "y").build();
    assertThat(decide(policy, overLimit).status()).isEqualTo(HttpStatus.URI_TOO_LONG);
    // a path alone may be too long too
    RequestFacts longPath = Fixtures.get("/" + "p".repeat(300), "").build();
    assertThat(decide(policy, longPath).status()).isEqualTo(HttpStatus.URI_TOO_LONG);
    RequestFacts pathAtLimit = Fixtures.get("/" + "p".repeat(299), "").build();
    assertThat(decide(policy, pathAtLimit).row()).isEqualTo(StandardRow.PRODUCT_UNKNOWN.id());
  }

  @Test
  void aBlockedClientLearnsNothingElseAndAnOverLongPostIs414() {
    RequestFacts tooLong = Fixtures.get(PATH, "x=" + Fixtures.PADDING).build();
    assertThat(decide(Fixtures.policy(), tooLong.toBuilder().blocklist(BlocklistStanding.BLOCKED).build())
        .row()).isEqualTo(StandardRow.CLIENT_BLOCKED.id());
    assertThat(decide(Fixtures.policy(), tooLong.toBuilder().method("POST").build()).row())
        .isEqualTo(StandardRow.TARGET_TOO_LONG.id());
  }

  @Test
  void theDefaultLimitIsEightKibibytesAndALowerOneThan256IsRefused() {
    assertThat(StatusPolicy.ofDefaults().config().maxTargetLength()).isEqualTo(8192);
    assertThat(Fixtures.builder().maxTargetLength(256).build().config().maxTargetLength())
        .isEqualTo(256);
    StatusPolicyBuilder builder = Fixtures.builder();
    assertThatThrownBy(() -> builder.maxTargetLength(255))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxTargetLength").hasMessageContaining("255");
  }
}
