package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowId;
import org.junit.jupiter.api.Test;

/** Each error's detail names what in the request was wrong, so that a client need not guess. */
class ErrorDetailsNameTheCauseTest {

  private final StatusPolicy policy = Fixtures.policy();

  private Decision decide(RequestFacts.Builder request) {
    return policy.decide(request.header("Accept", "text/plain").build(), Outcome.data());
  }

  private static String text(Decision decision) {
    assertThat(decision.body()).isInstanceOf(Body.ErrorDocument.class);
    return ((Body.ErrorDocument) decision.body()).text();
  }

  @Test
  void aRefusedMethodIsNamedAndAnEmptyOneSaidToBeNone() {
    assertThat(text(decide(Fixtures.fine().method("DELETE"))))
        .contains("The method DELETE is not supported; only GET and HEAD are.");
    assertThat(text(decide(Fixtures.fine().method(""))))
        .contains("The method (none) is not supported; only GET and HEAD are.");
  }

  @Test
  void anUnknownVersionOrEndpointIsNamed() {
    assertThat(text(decide(Fixtures.get("/weatherapi/forecast/9.9/compact", Fixtures.INSIDE))))
        .contains("Product forecast has no version '9.9'; its current version is 3.0.");
    assertThat(text(decide(Fixtures.get("/weatherapi/forecast/3.0/complete", Fixtures.INSIDE))))
        .contains("Version forecast/3.0 has no endpoint 'complete'.");
  }

  @Test
  void aRetiredVersionNamesItsSuccessorWhenItHasOne() {
    assertThat(text(decide(Fixtures.get("/weatherapi/forecast/1.0/compact", Fixtures.INSIDE))))
        .contains("forecast/1.0 has reached its end of life; version 3.0 replaces it.");
    assertThat(text(decide(Fixtures.get("/weatherapi/forecast/0.5/compact", Fixtures.INSIDE))))
        .contains("forecast/0.5 has reached its end of life.\n");
    assertThat(text(decide(Fixtures.get("/weatherapi/forecast/1.5/compact", Fixtures.INSIDE))))
        .as("deprecated, and past its sunset")
        .contains("forecast/1.5 has reached its end of life; version 3.0 replaces it.");
  }

  @Test
  void credentialsThatCouldNotBeVerifiedAreToldApartFromMissingOnes() {
    Decision invalid = decide(Fixtures.get("/weatherapi/satellite/1.0/image", "").credentials(Credentials.invalid()));
    Decision missing = decide(Fixtures.get("/weatherapi/satellite/1.0/image", ""));
    assertThat(invalid.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(text(invalid)).contains("The credentials sent could not be verified.");
    assertThat(invalid.header("WWW-Authenticate")).contains("invalid_token");
    assertThat(missing.status()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(text(missing)).contains("Product satellite requires credentials, and none were sent.");
    assertThat(missing.header("WWW-Authenticate")).doesNotContain("invalid_token");
  }

  @Test
  void aLongitudeAloneWithTooManyDecimalsIsRefused() {
    Decision decision = decide(Fixtures.get("/weatherapi/nowcast/2.0/compact", "lat=60.1234&lon=10.12345"));
    assertThat(decision.status().isError()).isTrue();
    assertThat(text(decision)).contains("Coordinates may have at most 4 decimals.")
        .contains("10.12345", "has 5 decimals; at most 4 are allowed").doesNotContain("60.1234");
  }

  @Test
  void anUnexpectedFailureIsDecidedByTheInternalErrorRowFiringOnce() {
    Decision decision = policy.decide(Fixtures.fine().build(), Outcome.unexpectedFailure(null));
    RowId internalError = RowId.of("internal-error");
    assertThat(decision.row()).isEqualTo(internalError);
    assertThat(decision.trace().entries()).filteredOn(entry -> entry.row().equals(internalError))
        .singleElement().extracting(Trace.Entry::verdict).isEqualTo(Trace.Verdict.FIRED);
  }
}
