package dev.statuspolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.zalando.problem.Problem;
import org.zalando.problem.jackson.ProblemModule;

/**
 * The policy's {@code application/problem+json}, as served over HTTP, is read back by the two
 * problem libraries hosts use most, with every member where each library puts it: Spring's
 * {@link ProblemDetail} and Zalando's {@link Problem}.
 */
class ProblemReadBackTest {

  private static ReferenceServer server;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws IOException {
    server = new ReferenceServer(Fault.NONE);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/weatherapi/conformance/1.0/data?lat=60.1&lon=east",
      "/weatherapi/nosuch/1.0/data?lat=60.1&lon=10.7",
      "/weatherapi/conformance/1.0/data?lat=-33.9&lon=18.4",
      "/weatherapi/conformance/1.0/unavailable?lat=60.1&lon=10.7",
      "/weatherapi/conformance/1.0/throws?lat=60.1&lon=10.7"})
  void springsProblemDetailReadsEveryMember(String target) throws IOException {
    byte[] body = problem(target);
    JsonNode raw = JSON.readTree(body);
    ProblemDetail detail = new ObjectMapper()
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
        .readValue(body, ProblemDetail.class);

    assertThat(detail.getStatus()).isEqualTo(raw.get("status").asInt()).isBetween(400, 599);
    assertThat(detail.getType()).isEqualTo(URI.create(raw.get("type").asText()));
    assertThat(detail.getTitle()).isEqualTo(raw.get("title").asText()).isNotBlank();
    assertThat(detail.getDetail()).isEqualTo(raw.get("detail").asText()).isNotBlank();
    if (raw.has("instance")) {
      assertThat(detail.getInstance()).isEqualTo(URI.create(raw.get("instance").asText()));
    }
    raw.fieldNames().forEachRemaining(member -> {
      if (!List.of("type", "title", "status", "detail", "instance").contains(member)) {
        assertThat(detail.getProperties()).as("extension member %s", member).containsKey(member);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/weatherapi/conformance/1.0/data?lat=60.1&lon=east",
      "/weatherapi/nosuch/1.0/data?lat=60.1&lon=10.7",
      "/weatherapi/restricted/1.0/data?lat=60.1&lon=10.7",
      "/weatherapi/conformance/1.0/timeout?lat=60.1&lon=10.7"})
  void zalandosProblemReadsEveryMember(String target) throws IOException {
    byte[] body = problem(target);
    JsonNode raw = JSON.readTree(body);
    Problem problem = new ObjectMapper().registerModule(new ProblemModule())
        .readValue(body, Problem.class);

    assertThat(problem.getStatus()).isNotNull();
    assertThat(problem.getStatus().getStatusCode()).isEqualTo(raw.get("status").asInt());
    assertThat(problem.getType()).isEqualTo(URI.create(raw.get("type").asText()));
    assertThat(problem.getTitle()).isEqualTo(raw.get("title").asText());
    assertThat(problem.getDetail()).isEqualTo(raw.get("detail").asText());
    raw.fieldNames().forEachRemaining(member -> {
      if (!List.of("type", "title", "status", "detail", "instance").contains(member)) {
        assertThat(problem.getParameters()).as("extension member %s", member).containsKey(member);
      }
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/weatherapi/conformance/1.0/data?lat=60.1&lon=east&lat=61"})
  void theInvalidParametersAreAnExtensionBothLibrariesKeepAsAList(String target) throws IOException {
    byte[] body = problem(target);
    ProblemDetail detail = new ObjectMapper()
        .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
        .readValue(body, ProblemDetail.class);
    Problem problem = new ObjectMapper().registerModule(new ProblemModule())
        .readValue(body, Problem.class);
    String member = "errors";
    assertThat(JSON.readTree(body).get(member).size()).as("the policy lists both problems")
        .isEqualTo(2);

    assertThat(detail.getProperties().get(member)).isInstanceOf(List.class);
    List<?> springs = (List<?>) detail.getProperties().get(member);
    assertThat(springs).isNotEmpty();
    assertThat(problem.getParameters().get(member)).isInstanceOf(List.class);
    assertThat((List<?>) problem.getParameters().get(member)).hasSameSizeAs(springs);
  }

  private static byte[] problem(String target) throws IOException {
    RawResponse response = RawHttp.exchange(server.base(), new RawHttp.Request("GET", target,
        List.of(new RawResponse.Field("User-Agent", ConformanceChecks.AGENT),
            new RawResponse.Field("Accept", "application/problem+json"))));
    assertThat(response.first("Content-Type")).startsWith("application/problem+json");
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).startsWith("{");
    return response.body();
  }
}
