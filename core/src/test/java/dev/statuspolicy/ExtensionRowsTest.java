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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Rows that product teams insert: where they land, what {@code build()} refuses, and what the
 * engine does with a row that throws or breaks a guarantee at run time.
 */
class ExtensionRowsTest {

  /** A product team's row, with its logic as a function. */
  record TeamRow(RowDefinition definition, Function<RuleContext, Finding> logic) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      return logic.apply(context);
    }
  }

  static RowDefinition definition(String id, Phase phase, HttpStatus... statuses) {
    return new RowDefinition(RowId.of(id), phase, List.of(statuses), "Does the team's rule apply?",
        "Team rule", "Do what the team says.", null);
  }

  static Rule row(String id, Phase phase, Function<RuleContext, Finding> logic, HttpStatus... statuses) {
    return new TeamRow(definition(id, phase, statuses), logic);
  }

  /** Maps the radar team's own outcome to 503 with Retry-After. */
  static final Rule RADAR_SITE_DOWN = row("radar-site-down", Phase.RESPONSE,
      context -> context.outcome() instanceof Outcome.Custom custom && custom.kind().equals("radar-site-down")
          ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder().retryAfter(custom.retryAfter()).build())
          : Finding.passed(),
      HttpStatus.SERVICE_UNAVAILABLE);

  private static List<String> ids(StatusPolicy policy) {
    return policy.table().stream().map(d -> d.id().value()).toList();
  }

  @Test
  void anInsertionNextToARowThatIsNotInTheTableIsRefusedSayingWhichSide() {
    RowId missing = RowId.of("no-such-row");
    assertThatThrownBy(() -> Fixtures.builder().insertBefore(missing, RADAR_SITE_DOWN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows: no row 'no-such-row' to insert " + RADAR_SITE_DOWN.definition().id() + " before");
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(missing, RADAR_SITE_DOWN).build())
        .hasMessage("rows: no row 'no-such-row' to insert " + RADAR_SITE_DOWN.definition().id() + " after");
  }

  @Test
  void insertBeforeAndAfterPlaceTheRowNextToItsAnchor() {
    Rule audit = row("audit-admission", Phase.ADMISSION, c -> Finding.notApplicable(), HttpStatus.FORBIDDEN);
    StatusPolicy policy = Fixtures.builder()
        .insertBefore(StandardRow.INTERNAL_ERROR.id(), RADAR_SITE_DOWN)
        .insertAfter(StandardRow.CLIENT_BLOCKED.id(), audit)
        .build();
    List<String> ids = ids(policy);
    assertThat(ids).hasSize(StandardRow.values().length + 2);
    assertThat(ids.indexOf("audit-admission")).isEqualTo(ids.indexOf("client-blocked") + 1);
    assertThat(ids.indexOf("radar-site-down")).isEqualTo(ids.indexOf("internal-error") - 1);
    assertThat(policy.config().rules()).contains(RADAR_SITE_DOWN, audit);
  }

  @Test
  void aRowMayBeAnchoredOnARowInsertedEarlier() {
    Rule second = row("radar-site-slow", Phase.RESPONSE, c -> Finding.passed(), HttpStatus.GATEWAY_TIMEOUT);
    StatusPolicy policy = Fixtures.builder()
        .insertBefore(StandardRow.INTERNAL_ERROR.id(), RADAR_SITE_DOWN)
        .insertAfter(RowId.of("radar-site-down"), second)
        .build();
    List<String> ids = ids(policy);
    assertThat(ids.indexOf("radar-site-slow")).isEqualTo(ids.indexOf("radar-site-down") + 1);
  }

  @Test
  void aTeamRowMapsItsOwnOutcomeWithTheMandatoryHeaders() {
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.INTERNAL_ERROR.id(), RADAR_SITE_DOWN).build();
    RequestFacts facts = Fixtures.fine().build();
    Decision decision = policy.decide(facts, new Outcome.Custom("radar-site-down", Duration.ofSeconds(120)));
    assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(decision.row()).isEqualTo(RowId.of("radar-site-down"));
    assertThat(decision.header("Retry-After")).isEqualTo("120");
    assertThat(decision.header("X-ErrorClass")).isEqualTo("radar-site-down");
    DecisionInvariants.checkGeneric(policy, facts, decision);
    // an outcome no row maps stays an internal error
    assertThat(policy.decide(facts, new Outcome.Custom("other", null)).row())
        .isEqualTo(StandardRow.INTERNAL_ERROR.id());
  }

  @Test
  void anUnknownAnchorIsRefusedNamingIt() {
    assertThatThrownBy(() -> Fixtures.builder().insertBefore(RowId.of("no-such-row"), RADAR_SITE_DOWN).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-row").hasMessageContaining("radar-site-down");
  }

  @Test
  void aDuplicateRowIdIsRefused() {
    Rule clash = row("rate-limited", Phase.ADMISSION, c -> Finding.passed(), HttpStatus.TOO_MANY_REQUESTS);
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.RATE_LIMITED.id(), clash).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate-limited")
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Fixtures.builder()
        .insertBefore(StandardRow.INTERNAL_ERROR.id(), RADAR_SITE_DOWN)
        .insertBefore(StandardRow.BACKEND_FAILED.id(), RADAR_SITE_DOWN).build())
        .hasMessageContaining("radar-site-down").hasMessageContaining("twice");
  }

  @Test
  void anAdmissionRowAmongResponseRowsIsRefused() {
    Rule late = row("late-check", Phase.ADMISSION, c -> Finding.passed(), HttpStatus.FORBIDDEN);
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.NO_DATA.id(), late).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("late-check")
        .hasMessageContaining("before every response row");
  }

  @Test
  void aResponseRowAmongAdmissionRowsIsRefused() {
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.CLIENT_BLOCKED.id(), RADAR_SITE_DOWN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admission row")
        .hasMessageContaining("before every response row")
        .hasMessageContaining("'radar-site-down'");
  }

  @Test
  void aRowAfterOkIsRefused() {
    assertThatThrownBy(() -> Fixtures.builder().insertAfter(StandardRow.OK.id(), RADAR_SITE_DOWN).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ok' must stay the last row");
  }

  @Test
  void aRowMixingErrorAndSuccessStatusesIsRefused() {
    Rule mixed = row("maybe-fine", Phase.RESPONSE, c -> Finding.passed(), HttpStatus.OK, HttpStatus.BAD_GATEWAY);
    assertThatThrownBy(() -> Fixtures.builder().insertBefore(StandardRow.OK.id(), mixed).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maybe-fine")
        .hasMessageContaining("mixes");
    Rule redirect = row("moved", Phase.ADMISSION, c -> Finding.passed(), HttpStatus.MOVED_PERMANENTLY);
    assertThatThrownBy(() -> Fixtures.builder().insertBefore(StandardRow.CLIENT_BLOCKED.id(), redirect).build())
        .hasMessageContaining("moved");
  }

  @Test
  void anAdmissionRowServingDataIsRefused() {
    Rule shortcut = row("cached-answer", Phase.ADMISSION, c -> Finding.passed(), HttpStatus.OK);
    assertThatThrownBy(() -> Fixtures.builder().insertBefore(StandardRow.RATE_LIMITED.id(), shortcut).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cached-answer")
        .hasMessageContaining("may not serve data");
  }

  @Test
  void aResponseRowServingDataIsAccepted() {
    Rule fresh = row("always-fresh", Phase.RESPONSE, c -> Finding.passed(), HttpStatus.OK, HttpStatus.NOT_MODIFIED);
    assertThat(ids(Fixtures.builder().insertBefore(StandardRow.OK.id(), fresh).build())).contains("always-fresh");
  }

  private static void assertFailedInto500(Rule rule, RowId anchor, boolean before) {
    assertFailedInto500(rule, anchor, before, null);
  }

  /** As above, and the trace's breach names the row and the kind, without the exception's text. */
  private static void assertFailedInto500(Rule rule, RowId anchor, boolean before,
      Breach.@Nullable Kind kind) {
    StatusPolicyBuilder builder = Fixtures.builder();
    StatusPolicy policy = (before ? builder.insertBefore(anchor, rule) : builder.insertAfter(anchor, rule)).build();
    RequestFacts facts = Fixtures.fine().build();
    Decision decision = policy.decide(facts, Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.trace().verdictOf(rule.definition().id())).isEqualTo(Trace.Verdict.FAILED);
    List<Trace.Entry> entries = decision.trace().entries();
    assertThat(entries.get(entries.size() - 1))
        .isEqualTo(new Trace.Entry(StandardRow.INTERNAL_ERROR.id(), Trace.Verdict.FIRED));
    assertThat(entries.get(entries.size() - 2).row()).isEqualTo(rule.definition().id());
    DecisionInvariants.checkGeneric(policy, facts, decision);
    Breach breach = decision.trace().breach();
    assertThat(breach).isNotNull();
    assertThat(breach.row()).isEqualTo(rule.definition().id());
    assertThat(breach.failed()).isTrue();
    assertThat(breach.detail()).doesNotContain("secret");
    if (kind != null) {
      assertThat(breach.kind()).isEqualTo(kind);
    }
  }

  @Test
  void aThrowingAdmissionRowBecomesAnInternalErrorWithFailedInTheTrace() {
    assertFailedInto500(row("flaky-check", Phase.ADMISSION, c -> {
      throw new IllegalStateException("secret");
    }, HttpStatus.FORBIDDEN), StandardRow.RATE_LIMITED.id(), true, Breach.Kind.THREW);
  }

  @Test
  void aThrowingResponseRowBecomesAnInternalErrorWithFailedInTheTrace() {
    assertFailedInto500(row("flaky-mapping", Phase.RESPONSE, c -> {
      throw new UnsupportedOperationException();
    }, HttpStatus.BAD_GATEWAY), StandardRow.VERSION_BETA.id(), false);
  }

  @Test
  void aRowThatOverflowsTheStackBecomesAnInternalError() {
    assertFailedInto500(row("recursive", Phase.ADMISSION, c -> {
      throw new StackOverflowError();
    }, HttpStatus.FORBIDDEN), StandardRow.CLIENT_BLOCKED.id(), false);
  }

  @Test
  void aRowReturningNothingBecomesAnInternalError() {
    assertFailedInto500(row("silent", Phase.ADMISSION, c -> null, HttpStatus.FORBIDDEN),
        StandardRow.CLIENT_BLOCKED.id(), false, Breach.Kind.NO_FINDING);
  }

  @Test
  void aRowFiringAStatusItDidNotDeclareBecomesAnInternalError() {
    // an error row may not answer 200
    assertFailedInto500(row("sneaky-ok", Phase.RESPONSE, c -> Finding.fired(HttpStatus.OK, Evidence.NONE),
        HttpStatus.BAD_GATEWAY), StandardRow.VERSION_BETA.id(), false);
    assertFailedInto500(row("wrong-error", Phase.ADMISSION,
        c -> Finding.fired(HttpStatus.NOT_FOUND, Evidence.NONE), HttpStatus.FORBIDDEN),
        StandardRow.CLIENT_BLOCKED.id(), false, Breach.Kind.UNDECLARED_STATUS);
  }

  @Test
  void a401WithoutAChallengeOrA429WithoutAQuotaOrA301WithoutLocationBecomesAnInternalError() {
    assertFailedInto500(row("no-challenge", Phase.ADMISSION,
        c -> Finding.fired(HttpStatus.UNAUTHORIZED, Evidence.NONE), HttpStatus.UNAUTHORIZED),
        StandardRow.CLIENT_BLOCKED.id(), false);
    assertFailedInto500(row("no-quota", Phase.ADMISSION,
        c -> Finding.fired(HttpStatus.TOO_MANY_REQUESTS, Evidence.NONE), HttpStatus.TOO_MANY_REQUESTS),
        StandardRow.CLIENT_BLOCKED.id(), false, Breach.Kind.MISSING_EVIDENCE);
  }

  @Test
  void theBreachOfAnUndeclaredStatusSaysWhatWasFiredAndWhatIsDeclared() {
    Rule wrong = row("wrong-error", Phase.ADMISSION,
        c -> Finding.fired(HttpStatus.NOT_FOUND, Evidence.NONE), HttpStatus.FORBIDDEN, HttpStatus.GONE);
    Decision decision = Fixtures.builder().insertAfter(StandardRow.CLIENT_BLOCKED.id(), wrong).build()
        .decide(Fixtures.fine().build(), Outcome.data());
    assertThat(decision.trace().breach()).isEqualTo(new Breach(RowId.of("wrong-error"),
        Breach.Kind.UNDECLARED_STATUS, "fired 404, which it does not declare (it declares 403, 410)"));
  }

  @Test
  void anAllowedMethodThatIsNotATokenCannotBeWrittenSoTheRowFails() {
    // a row echoing request text into Allow could add methods, or with CR LF whole header fields
    for (String echoed : List.of("GET, DELETE\"", "GET\r\nSet-Cookie: a=b", "G T")) {
      assertFailedInto500(row("echo-allow", Phase.ADMISSION,
          c -> Finding.fired(HttpStatus.METHOD_NOT_ALLOWED,
              Evidence.builder().allowedMethods(List.of("GET", echoed)).build()),
          HttpStatus.METHOD_NOT_ALLOWED), StandardRow.CLIENT_BLOCKED.id(), false, Breach.Kind.UNWRITABLE);
    }
  }

  @Test
  void aServerFaultWithEvidenceItNeverShowsStillDecidesButTheBreachIsRecorded() {
    Rule leaky = row("leaky-fault", Phase.RESPONSE, c -> Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
        Evidence.builder().detail("secret: connection to db-7 refused").retryAfter(Duration.ofSeconds(30))
            .build()), HttpStatus.SERVICE_UNAVAILABLE);
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.BACKEND_FAILED.id(), leaky).build();
    RequestFacts facts = Fixtures.fine().build();
    Decision decision = policy.decide(facts, Outcome.backendFailed());
    assertThat(decision.row()).isEqualTo(RowId.of("leaky-fault"));
    assertThat(decision.header("Retry-After")).isEqualTo("30");
    assertThat(decision.body().toString()).doesNotContain("secret");
    DecisionInvariants.checkGeneric(policy, facts, decision);
    Breach breach = decision.trace().breach();
    assertThat(breach).isNotNull();
    assertThat(breach.kind()).isEqualTo(Breach.Kind.WITHHELD_EVIDENCE);
    assertThat(breach.failed()).isFalse();
    assertThat(breach.row()).isEqualTo(RowId.of("leaky-fault"));
  }

  @Test
  void aServerFaultWithOnlyARetryDelayAndEveryStandardDecisionRecordNoBreach() {
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.INTERNAL_ERROR.id(), RADAR_SITE_DOWN).build();
    RequestFacts facts = Fixtures.fine().build();
    assertThat(policy.decide(facts, new Outcome.Custom("radar-site-down", Duration.ofSeconds(9)))
        .trace().breach()).isNull();
    for (Outcome outcome : List.of(Outcome.data(), Outcome.noData(), Outcome.backendFailed(),
        Outcome.timedOut(), Outcome.unavailable(Duration.ofSeconds(3)), Outcome.unexpectedFailure(null))) {
      assertThat(policy.decide(facts, outcome).trace().breach()).as("%s", outcome).isNull();
    }
  }

  @Test
  void aRowAfterTheDecidingOneIsNeverConsulted() {
    int[] calls = new int[1];
    Rule counting = row("counting", Phase.RESPONSE, c -> {
      calls[0]++;
      return Finding.passed();
    }, HttpStatus.BAD_GATEWAY);
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.OK.id(), counting).build();
    policy.decide(Fixtures.fine().method("POST").build(), Outcome.data());
    assertThat(calls[0]).isZero();
    policy.decide(Fixtures.fine().build(), Outcome.data());
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void aClockThatThrowsDoesNotMakeThePolicyThrow() {
    assertThat(Fixtures.builder().clock(throwing(new IllegalStateException("no time source"))).build()
        .decide(Fixtures.fine().build(), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aClockThatThrowsAnErrorDoesNotMakeThePolicyThrowEither() {
    for (Throwable failure : List.of(new AssertionError("clock"), new NoClassDefFoundError("TimeSource"),
        new ExceptionInInitializerError("static time"))) {
      StatusPolicy policy = Fixtures.builder().clock(throwing(failure)).build();
      assertThat(policy.decide(Fixtures.fine().build(), Outcome.data()).status())
          .as(failure.toString()).isEqualTo(HttpStatus.OK);
      assertThat(policy.admit(Fixtures.fine().method("POST").build()))
          .isInstanceOf(Admission.Rejected.class);
    }
  }

  @Test
  void aClockThatThrowsReadsAsTheEpochSoNoLifecycleDateIsReachedYet() {
    StatusPolicy policy = Fixtures.builder().clock(throwing(new IllegalStateException("no time source"))).build();
    RequestFacts retiredIn2021 = Fixtures.get("/weatherapi/forecast/1.0/compact", Fixtures.INSIDE).build();
    assertThat(policy.decide(retiredIn2021, Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    assertThat(Fixtures.policy().decide(retiredIn2021, Outcome.data()).status()).isNotEqualTo(HttpStatus.OK);
  }

  @Test
  void aClockThatRunsOutOfMemoryIsLeftToTheHost() {
    StatusPolicy policy = Fixtures.builder().clock(throwing(new OutOfMemoryError("clock"))).build();
    assertThatThrownBy(() -> policy.decide(Fixtures.fine().build(), Outcome.data()))
        .isInstanceOf(OutOfMemoryError.class);
  }

  private static Clock throwing(Throwable failure) {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneId.of("UTC");
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        if (failure instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw (Error) failure;
      }
    };
  }

  @Test
  void anAdmissionIsAnsweredOnlyByThePolicyThatMadeIt() {
    StatusPolicy one = Fixtures.policy();
    StatusPolicy other = Fixtures.policy();
    Admission admitted = one.admit(Fixtures.fine().build());
    assertThat(admitted).isInstanceOf(Admission.Admitted.class);
    assertThatThrownBy(() -> other.respond(admitted, Outcome.data()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(one.respond(admitted, Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    assertThat(one.respond(admitted, Outcome.timedOut()).status()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    Admission rejected = one.admit(Fixtures.fine().method("POST").build());
    assertThat(other.respond(rejected, Outcome.data()).status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThatThrownBy(() -> one.respond(null, Outcome.data())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> one.respond(admitted, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> one.admit(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> one.identify(null)).isInstanceOf(NullPointerException.class);
  }
}
