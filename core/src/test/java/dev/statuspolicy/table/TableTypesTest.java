package dev.statuspolicy.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.ParameterError;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The table as data: row ids, definitions, the 25 standard rows, findings and evidence. */
class TableTypesTest {

  @Test
  void theStandardRowsAreTheDocumentedTableInOrder() {
    List<String> ids = new ArrayList<>();
    for (StandardRow row : StandardRow.values()) {
      ids.add(row.id().value());
      assertThat(row.definition().id()).isEqualTo(row.id());
      assertThat(StandardRow.byId(row.id().value())).isSameAs(row);
    }
    assertThat(ids).containsExactly("https-required", "client-blocked", "target-too-long", "method-not-allowed",
        "client-unidentified", "rate-limited", "quota-unknown", "product-unknown", "version-retired", "product-unavailable",
        "credentials-required", "access-denied", "coordinates-too-precise", "parameter-invalid",
        "outside-coverage", "client-closed-request", "internal-error", "backend-timeout",
        "backend-unavailable", "backend-failed", "no-data", "not-modified", "version-deprecated",
        "version-beta", "ok");
    assertThat(StandardRow.byId("no-such-row")).isNull();
  }

  @Test
  void rowsOneToThirteenWithTwoAAndFiveAAreAdmissionAndTheRestResponse() {
    for (StandardRow row : StandardRow.values()) {
      Phase expected = row.ordinal() < 15 ? Phase.ADMISSION : Phase.RESPONSE;
      assertThat(row.definition().phase()).as(row.id().value()).isEqualTo(expected);
    }
  }

  @Test
  void eachRowYieldsTheStatusesOfTheTable() {
    assertThat(StandardRow.HTTPS_REQUIRED.definition().statuses()).containsExactly(HttpStatus.MOVED_PERMANENTLY);
    assertThat(StandardRow.VERSION_RETIRED.definition().statuses()).containsExactly(HttpStatus.NOT_FOUND, HttpStatus.GONE);
    assertThat(StandardRow.COORDINATES_TOO_PRECISE.definition().statuses())
        .containsExactly(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
    assertThat(StandardRow.OUTSIDE_COVERAGE.definition().statuses())
        .containsExactly(HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.NOT_FOUND);
    int[] usual = {301, 403, 414, 405, 403, 429, 503, 404, 404, 503, 401, 403, 403, 400, 422, 499, 500, 504, 503, 502,
        404, 304, 203, 203, 200};
    for (StandardRow row : StandardRow.values()) {
      assertThat(row.definition().status().code()).as(row.id().value()).isEqualTo(usual[row.ordinal()]);
      boolean error = usual[row.ordinal()] >= 400;
      assertThat(row.definition().isErrorRow()).as(row.id().value()).isEqualTo(error);
    }
  }

  @Test
  void everyRowHasTextAndTheSeedRowsQuoteTheSeed() {
    Set<String> titles = new HashSet<>();
    for (StandardRow row : StandardRow.values()) {
      RowDefinition d = row.definition();
      assertThat(d.question()).endsWith("?");
      assertThat(titles.add(d.title())).isTrue();
      assertThat(d.advice()).isNotBlank();
    }
    assertThat(StandardRow.HTTPS_REQUIRED.definition().seed()).isNull();
    assertThat(StandardRow.PRODUCT_UNKNOWN.definition().seed()).isNull();
    assertThat(StandardRow.COORDINATES_TOO_PRECISE.definition().seed()).isNull();
    assertThat(StandardRow.METHOD_NOT_ALLOWED.definition().seed()).contains("POST");
  }

  @Test
  void rowIdsAreKebabCase() {
    for (String good : List.of("a", "z", "z-0-9", "radar-site-down", "a1-b2", "x".repeat(64))) {
      assertThat(RowId.of(good).value()).isEqualTo(good);
      assertThat(RowId.of(good)).hasToString(good);
    }
    for (String bad : List.of("", "-a", "a-", "a--b", "A", "a_b", "1a", "a b", "é", "`a", "{a", "a`", "a{", "a/", "a:", "x".repeat(65))) {
      assertThatThrownBy(() -> RowId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("kebab-case");
    }
  }

  @Test
  void aRowDefinitionIsValidated() {
    RowId id = RowId.of("x");
    assertThatThrownBy(() -> new RowDefinition(id, Phase.RESPONSE, List.of(), "q?", "t", "a", null))
        .hasMessageContaining("at least one status");
    assertThatThrownBy(() -> new RowDefinition(id, Phase.RESPONSE,
        List.of(HttpStatus.OK, HttpStatus.OK), "q?", "t", "a", null)).hasMessageContaining("twice");
    assertThatThrownBy(() -> new RowDefinition(id, Phase.RESPONSE, List.of(HttpStatus.OK), " ", "t", "a", null))
        .hasMessageContaining("question");
    assertThatThrownBy(() -> new RowDefinition(id, Phase.RESPONSE, List.of(HttpStatus.OK), "q?", "", "a", null))
        .hasMessageContaining("title");
    assertThatThrownBy(() -> new RowDefinition(id, Phase.RESPONSE, List.of(HttpStatus.OK), "q?", "t", "\n", null))
        .hasMessageContaining("advice");
    RowDefinition mixed = new RowDefinition(id, Phase.RESPONSE,
        List.of(HttpStatus.BAD_GATEWAY, HttpStatus.OK), "q?", "t", "a", null);
    assertThat(mixed.isErrorRow()).isFalse();
    assertThat(mixed.status()).isEqualTo(HttpStatus.BAD_GATEWAY);
  }

  @Test
  void findingsAndEvidenceCarryWhatRowsFound() {
    assertThat(Finding.passed()).isSameAs(Finding.PASSED).isInstanceOf(Finding.Passed.class);
    assertThat(Finding.notApplicable()).isSameAs(Finding.NOT_APPLICABLE);
    assertThatThrownBy(() -> Finding.fired(null, Evidence.NONE)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Finding.fired(HttpStatus.OK, null)).isInstanceOf(NullPointerException.class);
    Quota quota = Quota.perSecond("default", 20);
    Evidence evidence = Evidence.builder()
        .detail("d")
        .parameterErrors(List.of(new ParameterError("lat", "x", "is bad")))
        .retryAfter(Duration.ofSeconds(3))
        .allowedMethods(List.of("GET"))
        .allowedMethods(List.of("GET", "HEAD"))
        .challenge(new Challenge("r", "s", null))
        .quota(quota)
        .successor("3.0", "/x/3.0")
        .lifecycle(Instant.EPOCH, Instant.EPOCH.plusSeconds(1))
        .location("https://h/")
        .build();
    assertThat(evidence.detail()).isEqualTo("d");
    assertThat(evidence.parameterErrors()).hasSize(1);
    assertThat(evidence.retryAfter()).isEqualTo(Duration.ofSeconds(3));
    assertThat(evidence.allowedMethods()).containsExactly("GET", "HEAD");
    assertThat(evidence.challenge().realm()).isEqualTo("r");
    assertThat(evidence.quota()).isSameAs(quota);
    assertThat(evidence.successor()).isEqualTo("3.0");
    assertThat(evidence.successorLink()).isEqualTo("/x/3.0");
    assertThat(evidence.deprecation()).isEqualTo(Instant.EPOCH);
    assertThat(evidence.sunset()).isEqualTo(Instant.EPOCH.plusSeconds(1));
    assertThat(evidence.location()).isEqualTo("https://h/");
    assertThat(Evidence.of("only").detail()).isEqualTo("only");
    assertThat(Evidence.NONE.detail()).isEmpty();
    assertThat(Evidence.NONE.coverage()).isNull();
    assertThatThrownBy(() -> Evidence.builder().detail(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aChallengeRefusesUnsafeText() {
    assertThat(new Challenge("weatherapi", "satellite", "invalid_token").error()).isEqualTo("invalid_token");
    assertThatThrownBy(() -> new Challenge("", "s", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Challenge("r", "s\n", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Challenge("r", "s", "\u0000")).isInstanceOf(IllegalArgumentException.class);
  }
}
