package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.table.Evidence;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The headers of a plain 200 or 304 are handed out again for the same status, equal validators
 * and the same allowed origin, and for nothing else.
 */
class RememberedSuccessHeadersTest {

  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Validators VALIDATORS =
      new Validators(Instant.parse("2026-03-01T11:00:00Z"), Instant.parse("2026-03-01T13:00:00Z"), "\"v1\"");
  private static final Header ORIGIN = new Header("Access-Control-Allow-Origin", "*");
  private static final List<Header> OK_HEADERS = List.of(new Header("ETag", "\"v1\""));
  private static final List<Header> NOT_MODIFIED_HEADERS = List.of(new Header("ETag", "\"v1\""));

  private final SuccessHeaders remembered = new SuccessHeaders();

  @Test
  void aPlain200IsFoundAgainWithEqualValidatorsAndTheSameOrigin() {
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN, OK_HEADERS);
    Validators equal = new Validators(VALIDATORS.lastModified(), VALIDATORS.expires(), VALIDATORS.etag());
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(equal), NOW, ORIGIN)).isSameAs(OK_HEADERS);
  }

  @Test
  void the200AndThe304AreRememberedApart() {
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN, OK_HEADERS);
    assertThat(remembered.find(HttpStatus.NOT_MODIFIED, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN))
        .isNull();
    remembered.remember(HttpStatus.NOT_MODIFIED, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN,
        NOT_MODIFIED_HEADERS);
    assertThat(remembered.find(HttpStatus.NOT_MODIFIED, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN))
        .isSameAs(NOT_MODIFIED_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN))
        .isSameAs(OK_HEADERS);
  }

  @Test
  void otherValidatorsAnotherOriginOrAnotherStatusAreNotFound() {
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN, OK_HEADERS);
    Validators other = new Validators(VALIDATORS.lastModified(), VALIDATORS.expires(), "\"v2\"");
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(other), NOW, ORIGIN)).isNull();
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW,
        new Header("Access-Control-Allow-Origin", "*"))).isNull();
    assertThat(remembered.find(HttpStatus.NON_AUTHORITATIVE_INFORMATION, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN)).isNull();
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.noData(), NOW, ORIGIN)).isNull();
  }

  @Test
  void aDecisionWithEvidenceIsNeitherRememberedNorFound() {
    Evidence evidence = Evidence.builder().allowedMethods(List.of("GET")).build();
    remembered.remember(HttpStatus.OK, evidence, Outcome.data(VALIDATORS), NOW, ORIGIN, OK_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, evidence, Outcome.data(VALIDATORS), NOW, ORIGIN)).isNull();
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN)).isNull();
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(VALIDATORS), NOW, ORIGIN, OK_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, evidence, Outcome.data(VALIDATORS), NOW, ORIGIN)).isNull();
  }

  @Test
  void aLastModifiedLaterThanTheClockIsNeitherRememberedNorFound() {
    Validators future = new Validators(NOW.plusSeconds(60), null, null);
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(future), NOW, ORIGIN, OK_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(future), NOW, ORIGIN)).isNull();
    Validators past = new Validators(NOW.minusSeconds(60), null, null);
    remembered.remember(HttpStatus.OK, Evidence.NONE, Outcome.data(past), NOW, ORIGIN, OK_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(past), NOW, ORIGIN)).isSameAs(OK_HEADERS);
    assertThat(remembered.find(HttpStatus.OK, Evidence.NONE, Outcome.data(past), NOW.minusSeconds(120), ORIGIN))
        .isNull();
  }

  @Test
  void aPolicyAnsweringTheSamePlain200AgainHandsOutTheHeadersItWroteTheFirstTime() {
    StatusPolicy policy = Fixtures.policy();
    Decision first = policy.decide(Fixtures.fine().build(), Outcome.data(Fixtures.VALIDATORS));
    Decision again = policy.decide(Fixtures.fine().build(), Outcome.data(Fixtures.VALIDATORS));
    assertThat(again.status()).isEqualTo(HttpStatus.OK);
    assertThat(again.headers()).isSameAs(first.headers());
  }
}
