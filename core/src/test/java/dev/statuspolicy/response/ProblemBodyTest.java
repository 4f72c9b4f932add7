package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The members of problem bodies (RFC 9457), and the same facts in the HTML and text bodies. */
class ProblemBodyTest {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String body(Decision decision) {
    return ((Body.ErrorDocument) decision.body()).text();
  }

  private static JsonNode json(RequestFacts.Builder request, Outcome outcome) throws Exception {
    return JSON.readTree(body(POLICY.decide(request.header("Accept", "application/json").build(), outcome)));
  }

  @Test
  void everyBadParameterIsListedWithItsValueAndReason() throws Exception {
    JsonNode problem = json(oslo().target(ResponseFixtures.STABLE + "?lat=x&altitude=1.5"), Outcome.data());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("type").asText())
        .isEqualTo("https://statuspolicy.dev/problems/parameter-invalid");
    assertThat(problem.get("row").asText()).isEqualTo("parameter-invalid");
    JsonNode errors = problem.get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("parameter").asText()).isEqualTo("lat");
    assertThat(errors.get(0).get("value").asText()).isEqualTo("x");
    assertThat(errors.get(0).get("detail").asText()).contains("-90 to 90");
    assertThat(errors.get(1).get("parameter").asText()).isEqualTo("lon");
    assertThat(errors.get(1).get("value").asText()).isEmpty();
    assertThat(errors.get(1).get("detail").asText()).startsWith("is required");
    assertThat(errors.get(2).get("parameter").asText()).isEqualTo("altitude");
  }

  @Test
  void structuredMembersCarryWhatTheRowFound() throws Exception {
    JsonNode method = json(oslo().method("PUT"), Outcome.data());
    assertThat(method.get("allowedMethods").toString()).isEqualTo("[\"GET\",\"HEAD\"]");

    JsonNode coverage = json(oslo(ResponseFixtures.BETA).target(ResponseFixtures.BETA + "?lat=0&lon=0"),
        Outcome.data());
    assertThat(coverage.get("status").asInt()).isEqualTo(422);
    assertThat(coverage.get("coverage").get("south").asDouble()).isEqualTo(54.0);
    assertThat(coverage.get("coverage").get("east").asDouble()).isEqualTo(32.0);

    JsonNode retired = json(oslo(ResponseFixtures.RETIRED), Outcome.data());
    assertThat(retired.get("successor").get("version").asText()).isEqualTo("2.0");
    assertThat(retired.get("successor").get("href").asText())
        .isEqualTo("/weatherapi/locationforecast/2.0/compact");

    JsonNode down = json(oslo(), Outcome.unavailable(Duration.ofSeconds(90)));
    assertThat(down.get("retryAfter").asLong()).isEqualTo(90);
  }

  @Test
  void theTypeUsesTheConfiguredBase() throws Exception {
    StatusPolicy policy = ResponseFixtures.policyBuilder().problemTypeBase("urn:weatherapi:problem:").build();
    Decision decision = policy.decide(oslo().method("PUT").header("Accept", "application/json").build(),
        Outcome.data());
    assertThat(JSON.readTree(body(decision)).get("type").asText())
        .isEqualTo("urn:weatherapi:problem:method-not-allowed");
  }

  @Test
  void theInstanceIsTheRequestIdAsAUriReference() throws Exception {
    assertThat(json(oslo().method("PUT").requestId("7f3a-01"), Outcome.data()).get("instance").asText())
        .isEqualTo("7f3a-01");
    assertThat(json(oslo().method("PUT").requestId("a b:c/<d>"), Outcome.data()).get("instance").asText())
        .isEqualTo("a%20b%3Ac%2F%3Cd%3E");
    assertThat(json(oslo().method("PUT").requestId("aAzZ09-._~!$'()*+,;=@"), Outcome.data())
        .get("instance").asText()).as("unreserved characters stay").isEqualTo("aAzZ09-._~!$'()*+,;=@");
    assertThat(json(oslo().method("PUT").requestId("\u00e9\uD83D\uDE00#"), Outcome.data())
        .get("instance").asText())
        .as("request ids are cut to visible ASCII first, one '?' per code point")
        .isEqualTo("%3F%3F%23");
    assertThat(json(oslo().method("PUT"), Outcome.data()).has("instance")).isFalse();
    assertThat(json(oslo().method("PUT").requestId("  "), Outcome.data()).has("instance")).isFalse();
  }

  @Test
  void serverErrorsAreGenericButGiveTheRequestId() throws Exception {
    JsonNode problem = json(oslo().requestId("req-99"),
        Outcome.unexpectedFailure(new IllegalStateException("pool exhausted on db-3")));
    assertThat(problem.get("status").asInt()).isEqualTo(500);
    assertThat(problem.get("detail").asText())
        .isEqualTo("Something went wrong on the server while answering this request.");
    assertThat(problem.get("instance").asText()).isEqualTo("req-99");
    assertThat(problem.toString()).doesNotContain("pool", "db-3", "IllegalState");
  }

  @Test
  void htmlAndTextCarryTheSameFactsForPeople() {
    RequestFacts.Builder request = oslo().target(ResponseFixtures.STABLE + "?lat=x&lon=1")
        .requestId("req-7");
    Decision html = POLICY.decide(request.header("Accept", "text/html").build(), Outcome.data());
    Document page = Jsoup.parse(body(html));
    assertThat(page.select("h1").text()).isEqualTo("400 Bad Request");
    assertThat(page.select("h2").text()).isEqualTo("Invalid parameters");
    assertThat(page.select("li").text()).contains("lat", "x", "-90 to 90");
    assertThat(page.select("dd").eachText()).contains("parameter-invalid", "req-7");
    assertThat(page.select("a").attr("href")).isEqualTo("https://statuspolicy.dev/problems/parameter-invalid");

    Decision text = POLICY.decide(
        oslo().target(ResponseFixtures.STABLE + "?lat=x&lon=1").requestId("req-7")
            .header("Accept", "text/plain").build(), Outcome.data());
    assertThat(body(text)).startsWith("400 Bad Request: Invalid parameters\n")
        .contains("  - lat = \"x\" is not a decimal number")
        .contains("Error class: parameter-invalid\n", "Request id: req-7\n")
        .endsWith("More: https://statuspolicy.dev/problems/parameter-invalid\n");
  }

  @Test
  void theDefaultFormatIsHtmlAndConfigurable() {
    Decision plain = POLICY.decide(oslo().method("PUT").build(), Outcome.data());
    assertThat(plain.header("Content-Type")).isEqualTo("text/html;charset=utf-8");
    StatusPolicy jsonFirst = ResponseFixtures.policyBuilder().defaultErrorFormat(ErrorFormat.PROBLEM_JSON).build();
    Decision decision = jsonFirst.decide(oslo().method("PUT").header("Accept", "image/png").build(),
        Outcome.data());
    assertThat(decision.status().code()).as("a mismatch is never a 406").isEqualTo(405);
    assertThat(decision.header("Content-Type")).isEqualTo("application/problem+json;charset=utf-8");
  }
}
