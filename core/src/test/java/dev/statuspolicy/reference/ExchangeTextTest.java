package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.RowId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests, verdicts, outcomes and decisions as text. */
class ExchangeTextTest {

  private static Decision decision(HttpStatus status, Body body, Header... headers) {
    return new Decision(status, List.of(headers), body, RowId.of("some-row"), new Trace(List.of()));
  }

  @Test
  void aResponseIsTheStatusLineTheHeadersInOrderABlankLineAndTheBody() {
    Decision decision = decision(HttpStatus.NOT_FOUND,
        new Body.ErrorDocument(ErrorFormat.PLAIN, "404 Not Found\n"),
        new Header("X-ErrorClass", "some-row"), new Header("Content-Type", "text/plain;charset=utf-8"));

    assertThat(ExchangeText.response(decision, "unused")).isEqualTo(
        "HTTP/1.1 404 Not Found\nX-ErrorClass: some-row\nContent-Type: text/plain;charset=utf-8\n\n404 Not Found");
  }

  @Test
  void backendDataIsShownAsGivenAndAnEmptyBodyAddsNothing() {
    Decision data = decision(HttpStatus.OK, Body.BACKEND_DATA, new Header("ETag", "\"a\""));
    Decision notModified = decision(HttpStatus.NOT_MODIFIED, Body.EMPTY, new Header("ETag", "\"a\""));

    assertThat(ExchangeText.response(data, "{}")).isEqualTo("HTTP/1.1 200 OK\nETag: \"a\"\n\n{}");
    assertThat(ExchangeText.response(notModified, "{}")).isEqualTo("HTTP/1.1 304 Not Modified\nETag: \"a\"");
  }

  @Test
  void aRequestShowsTheHeadersThePolicyReads() {
    RequestFacts facts = RequestFacts.builder()
        .method("HEAD").target("/weatherapi/p/1/e?x=1")
        .header("Accept", "text/plain").header("User-Agent", "A/1").header("X-Other", "ignored")
        .build();

    assertThat(ExchangeText.request(facts))
        .isEqualTo("HEAD /weatherapi/p/1/e?x=1 HTTP/1.1\nUser-Agent: A/1\nAccept: text/plain");
  }

  @Test
  void onlyVerdictsThatDifferFromTheDefaultsAreListed() {
    RequestFacts plain = RequestFacts.builder().build();
    RequestFacts loaded = RequestFacts.builder()
        .transport(Transport.HTTP).blocklist(BlocklistStanding.BLOCKED)
        .credentials(Credentials.valid("b", "a"))
        .quota(new QuotaClaim(Quota.perSecond("default", 20), "Acme").usage(1, Duration.ofMillis(250)))
        .requestId("r-1").build();

    assertThat(ExchangeText.verdicts(plain)).isEmpty();
    assertThat(ExchangeText.verdicts(loaded)).containsExactly(
        "the request came over plain HTTP",
        "the client is on the blocklist",
        "the credentials are valid, with scope a, b",
        "the host counted 1 request of the application in the current window of 1 second of quota \"default\","
            + " which resets in 250 ms",
        "the host's request id is r-1");
    assertThat(ExchangeText.verdicts(RequestFacts.builder().credentials(Credentials.invalid()).build()))
        .containsExactly("the credentials are invalid");
  }

  @Test
  void everyKindOfOutcomeHasItsOwnWords() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");

    assertThat(ExchangeText.outcome(Outcome.data())).isEqualTo("data");
    assertThat(ExchangeText.outcome(Outcome.data(new Validators(at, null, "\"x\""))))
        .isEqualTo("data (last modified 2026-01-01T00:00:00Z, entity tag \"x\")");
    assertThat(ExchangeText.outcome(Outcome.emptyDocument())).isEqualTo("an empty document");
    assertThat(ExchangeText.outcome(Outcome.noData())).isEqualTo("no data");
    assertThat(ExchangeText.outcome(Outcome.backendFailed())).isEqualTo("the backend failed");
    assertThat(ExchangeText.outcome(Outcome.timedOut())).isEqualTo("timed out");
    assertThat(ExchangeText.outcome(Outcome.unavailable(Duration.ofSeconds(1))))
        .isEqualTo("the backend is unavailable, retry after 1 second");
    assertThat(ExchangeText.outcome(Outcome.unexpectedFailure(null))).isEqualTo("an unexpected failure");
    assertThat(ExchangeText.outcome(Outcome.clientClosed())).isEqualTo("the client closed the connection");
    assertThat(ExchangeText.outcome(new Outcome.Custom("radar-down", null))).isEqualTo("'radar-down'");
  }
}
