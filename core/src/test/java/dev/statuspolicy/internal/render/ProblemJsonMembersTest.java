package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The members every problem has are joined without a builder, the request's strings as they are
 * when they need no escaping, and the last list of allowed methods is remembered: none of that
 * may change a document. Each case is written out in full.
 */
class ProblemJsonMembersTest {

  private static final RowDefinition ROW = new RowDefinition(RowId.of("verb-refused"),
      Phase.ADMISSION, List.of(HttpStatus.METHOD_NOT_ALLOWED), "Is the verb refused?", "Verb refused",
      "Use GET.", null);

  private static String render(Evidence evidence, String detail, String instance, long retryAfter) {
    return ProblemJson.render(new Problem(HttpStatus.METHOD_NOT_ALLOWED, ROW, "urn:p:verb-refused",
        detail, instance, instance, retryAfter, evidence));
  }

  private static String expected(String detail, String instance, String extensions) {
    return "{\"type\":\"urn:p:verb-refused\",\"title\":\"Verb refused\",\"status\":405,\"detail\":\""
        + detail + "\"" + (instance == null ? "" : ",\"instance\":\"" + instance + "\"")
        + ",\"row\":\"verb-refused\",\"advice\":\"Use GET.\"" + extensions + "}";
  }

  @Test
  void alternatingListsOfMethodsEachRenderTheirOwn() {
    Evidence getHead = Evidence.builder().allowedMethods(List.of("GET", "HEAD")).build();
    Evidence getOnly = Evidence.builder().allowedMethods(List.of("GET")).build();
    for (int round = 0; round < 3; round++) {
      assertThat(render(getHead, "No.", "r-1", -1))
          .isEqualTo(expected("No.", "r-1", ",\"allowedMethods\":[\"GET\",\"HEAD\"]"));
      assertThat(render(getOnly, "No.", "r-1", -1))
          .isEqualTo(expected("No.", "r-1", ",\"allowedMethods\":[\"GET\"]"));
    }
  }

  @Test
  void aRetryDelayFollowsTheMethodsAndStandsAloneWithoutThem() {
    Evidence methods = Evidence.builder().allowedMethods(List.of("GET")).build();
    assertThat(render(methods, "No.", "r-1", 3))
        .isEqualTo(expected("No.", "r-1", ",\"allowedMethods\":[\"GET\"],\"retryAfter\":3"));
    assertThat(render(Evidence.NONE, "No.", null, 7)).isEqualTo(expected("No.", null, ",\"retryAfter\":7"));
    assertThat(render(Evidence.builder().retryAfter(Duration.ofSeconds(7)).build(), "No.", null, -1))
        .isEqualTo(expected("No.", null, ""));
  }

  @Test
  void theDetailAndTheInstanceAreEscapedOnlyWhenTheyNeedIt() {
    assertThat(render(Evidence.NONE, "a \"quoted\" <b>", "id\\1", -1))
        .isEqualTo(expected("a \\\"quoted\\\" \\u003cb\\u003e", "id\\\\1", ""));
    String plain = "plain words";
    assertThat(Escape.json(plain)).isSameAs(plain);
    assertThat(Escape.json("tab\there")).isEqualTo("tab\\there");
  }
}
