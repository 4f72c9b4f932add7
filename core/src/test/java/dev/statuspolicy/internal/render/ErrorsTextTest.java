package dev.statuspolicy.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.table.Evidence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code errors} member is made once per list of errors and kept by the list's identity:
 * each list must still get its own member, with more lists than slots and in any order, and
 * evidence must hand the renderer the parser's very list for it to be known again.
 */
class ErrorsTextTest {

  private static List<ParameterError> errors(int i) {
    List<ParameterError> errors = new ArrayList<>();
    for (int k = 0; k <= i % 3; k++) {
      errors.add(new ParameterError("p" + k, "v" + i, "is not valid, case " + i));
    }
    return List.copyOf(errors);
  }

  /** The member, written out by hand for names and values that need no escaping. */
  private static String member(List<ParameterError> errors) {
    List<String> objects = new ArrayList<>();
    for (ParameterError error : errors) {
      objects.add("{\"parameter\":\"" + error.name() + "\",\"value\":\"" + error.value()
          + "\",\"detail\":\"" + error.reason() + "\"}");
    }
    return ",\"errors\":[" + String.join(",", objects) + "]";
  }

  @Test
  void moreListsThanSlotsEachKeepTheirOwnMember() {
    List<List<ParameterError>> lists = new ArrayList<>();
    for (int i = 0; i < ErrorsText.SLOTS * 4; i++) {
      lists.add(errors(i));
    }
    for (int round = 0; round < 3; round++) {
      for (List<ParameterError> errors : lists) {
        assertThat(ErrorsText.json(errors)).isEqualTo(member(errors));
      }
    }
  }

  @Test
  void aListKnownAgainGivesTheSameMemberObjectAndEscapedValuesStayEscaped() {
    List<ParameterError> hostile = List.of(new ParameterError("lat", "\"</script>", "is not a number"));
    String first = ErrorsText.json(hostile);
    assertThat(first).isEqualTo(",\"errors\":[{\"parameter\":\"lat\",\"value\":\"\\\"\\u003c/script\\u003e\","
        + "\"detail\":\"is not a number\"}]");
    assertThat(ErrorsText.json(hostile)).isSameAs(first);
    assertThat(ErrorsText.json(List.copyOf(new ArrayList<>(hostile)))).isEqualTo(first);
    assertThat(ErrorsText.json(List.of())).isEmpty();
  }

  @Test
  void evidenceKeepsAnImmutableListAsItIsAndJoinsListsInOrder() {
    List<ParameterError> parsed = errors(2);
    assertThat(Evidence.builder().parameterErrors(parsed).build().parameterErrors()).isSameAs(parsed);
    List<ParameterError> mutable = new ArrayList<>(parsed);
    Evidence copied = Evidence.builder().parameterErrors(mutable).build();
    mutable.clear();
    assertThat(copied.parameterErrors()).isEqualTo(parsed);
    List<ParameterError> more = errors(4);
    assertThat(Evidence.builder().parameterErrors(parsed).parameterErrors(List.of())
        .parameterErrors(more).build().parameterErrors())
        .containsExactlyElementsOf(concat(parsed, more));
  }

  private static List<ParameterError> concat(List<ParameterError> a, List<ParameterError> b) {
    List<ParameterError> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
