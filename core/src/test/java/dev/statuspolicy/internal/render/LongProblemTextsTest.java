package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A problem+json document holds every member whole, however long any one text is next to the
 * others: the renderer's size estimate is a hint, never a limit.
 */
class LongProblemTextsTest {

  private static final String LONG = "word ".repeat(200).strip();

  private static RowDefinition row(String title, String advice) {
    return new RowDefinition(RowId.of("radar-site-down"), Phase.RESPONSE, List.of(HttpStatus.BAD_REQUEST),
        "Is it down?", title, advice, null);
  }

  private static String json(String type, RowDefinition row, String detail, @Nullable String instance,
      Evidence evidence) {
    return ProblemJson.render(new Problem(HttpStatus.BAD_REQUEST, row, type, detail, instance, instance, -1, evidence));
  }

  @Test
  void theRowIdAndItsAdviceAreMembers() {
    assertThat(json("urn:p:x", row("Down", "Try another site."), "d", null, Evidence.NONE))
        .contains(",\"row\":\"radar-site-down\",\"advice\":\"Try another site.\"");
  }

  @Test
  void aLongAdviceIsKeptWhole() {
    assertThat(json("urn:p:x", row("Down", LONG), "d", null, Evidence.NONE))
        .contains("\"advice\":\"" + LONG + "\"").endsWith("}");
  }

  @Test
  void aLongDetailIsKeptWhole() {
    assertThat(json("urn:p:x", row("Down", "a"), LONG, null, Evidence.NONE)).contains("\"detail\":\"" + LONG + "\"");
  }

  @Test
  void aLongInstanceIsKeptWhole() {
    assertThat(json("urn:p:x", row("Down", "a"), "d", LONG, Evidence.NONE)).contains("\"instance\":\"" + LONG + "\"");
  }

  @Test
  void aLongTypeOrTitleIsKeptWhole() {
    String type = "urn:p:" + "x".repeat(500);
    assertThat(json(type, row("Down", "a"), "d", null, Evidence.NONE)).startsWith("{\"type\":\"" + type + "\",");
    assertThat(json("urn:p:x", row(LONG, "a"), "d", null, Evidence.NONE)).contains("\"title\":\"" + LONG + "\"");
  }

  @Test
  void manyParameterErrorsAreAllListed() {
    List<ParameterError> errors = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      errors.add(new ParameterError("p" + i, "", "is required"));
    }
    String json = json("u", row("T", "a"), "d", null, Evidence.builder().parameterErrors(errors).build());
    assertThat(json).contains("{\"parameter\":\"p0\",", "{\"parameter\":\"p11\",\"value\":\"\",\"detail\":\"is required\"}]");
  }
}
