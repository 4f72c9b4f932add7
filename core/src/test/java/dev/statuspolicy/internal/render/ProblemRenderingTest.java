package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three renderers state the same facts; the text lines are checked word for word. */
class ProblemRenderingTest {

  private static final RowDefinition ROW = new RowDefinition(RowId.of("radar-site-down"),
      Phase.RESPONSE, List.of(HttpStatus.BAD_REQUEST), "Is it down?", "Radar site down",
      "Try the neighbouring site.", null);

  private static Problem problem(Evidence evidence, long retryAfter, String requestId) {
    return new Problem(HttpStatus.BAD_REQUEST, ROW, "urn:p:radar-site-down", "It is down.",
        requestId, requestId, retryAfter, evidence);
  }

  private static final Evidence EVERYTHING = Evidence.builder()
      .parameterErrors(List.of(new ParameterError("site", "", "is required")))
      .allowedMethods(List.of("GET"))
      .quota(new Quota("partner", 1, Duration.ofSeconds(10)))
      .coverage(Coverage.box(54, 4, 72, 32))
      .lifecycle(Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-06-01T00:00:00Z"))
      .successor("2.0", "/weatherapi/radar/2.0/image")
      .deprecationLink("https://example.org/changelog")
      .location("https://example.org/elsewhere")
      .build();

  @Test
  void textStatesEveryFactOnItsOwnLine() {
    assertThat(ProblemText.render(problem(EVERYTHING, 1, "r-1"))).isEqualTo(String.join("\n",
        "400 Bad Request: Radar site down",
        "It is down.",
        "  - site is required",
        "Try the neighbouring site.",
        "Allowed methods: GET",
        "Retry after: 1 second",
        "Limit: 1 request per 10 seconds (policy \"partner\")",
        "Coverage: " + Coverage.box(54, 4, 72, 32).describe(),
        "Deprecated since: Thu, 15 Jan 2026 00:00:00 GMT",
        "Sunset: Mon, 01 Jun 2026 00:00:00 GMT",
        "Successor version: 2.0 at /weatherapi/radar/2.0/image",
        "About the deprecation: https://example.org/changelog",
        "Location: https://example.org/elsewhere",
        "Error class: radar-site-down",
        "Request id: r-1",
        "More: urn:p:radar-site-down",
        ""));
  }

  @Test
  void textSaysSecondsInThePluralAndLeavesOutWhatIsUnknown() {
    Evidence some = Evidence.builder().quota(Quota.perSecond("default", 20)).successor("3.0", null).build();
    assertThat(ProblemText.render(problem(some, 0, null)))
        .contains("Retry after: 0 seconds\n")
        .contains("Limit: 20 requests per second (policy \"default\")\n")
        .contains("Successor version: 3.0\n")
        .doesNotContain("Request id", "Coverage", "Sunset", "Allowed methods");
    assertThat(ProblemText.render(problem(Evidence.NONE, -1, null))).doesNotContain("Retry after");
  }

  @Test
  void jsonCarriesTheSameFactsAsMembers() {
    String json = ProblemJson.render(problem(EVERYTHING, 0, "r-1"));
    assertThat(json)
        .startsWith("{\"type\":\"urn:p:radar-site-down\",\"title\":\"Radar site down\",\"status\":400,")
        .contains("\"errors\":[{\"parameter\":\"site\",\"value\":\"\",\"detail\":\"is required\"}]")
        .contains("\"allowedMethods\":[\"GET\"]")
        .contains("\"retryAfter\":0")
        .contains("\"limit\":{\"policy\":\"partner\",\"requests\":1,\"windowSeconds\":10}")
        .contains("\"south\":54.0,\"west\":4.0,\"north\":72.0,\"east\":32.0")
        .contains("\"deprecation\":\"2026-01-15T00:00:00Z\"", "\"sunset\":\"2026-06-01T00:00:00Z\"")
        .contains("\"successor\":{\"version\":\"2.0\",\"href\":\"/weatherapi/radar/2.0/image\"}")
        .contains("\"deprecationLink\":\"https://example.org/changelog\"")
        .contains("\"location\":\"https://example.org/elsewhere\"");
    assertThat(ProblemJson.render(problem(Evidence.NONE, -1, null)))
        .doesNotContain("retryAfter", "instance", "errors");
  }

  @Test
  void htmlListsTheFactsInADefinitionList() {
    String html = ProblemHtml.render(problem(EVERYTHING, 5, "r-1"));
    assertThat(html)
        .contains("<li><code>site</code> is required</li>")
        .contains("<dt>Retry after</dt><dd>5 seconds</dd>")
        .contains("<dt>Request id</dt><dd>r-1</dd>")
        .contains("<a href=\"urn:p:radar-site-down\">About this error</a>");
  }
}
