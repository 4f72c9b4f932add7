package dev.statuspolicy.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code If-None-Match} with the weak comparison GET and HEAD use (RFC 9110 section 13.1.2). */
class EntityTagsTest {

  @Test
  void strongAndWeakTagsCompareWeakly() {
    assertThat(EntityTags.matches(List.of("\"v42\""), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("W/\"v42\""), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("\"v42\""), "W/\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("W/\"v42\""), "W/\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("\"v43\""), "\"v42\"")).isFalse();
    assertThat(EntityTags.matches(List.of("\"V42\""), "\"v42\"")).as("opaque tags are case-sensitive").isFalse();
  }

  @Test
  void anyMemberOfAListMatches() {
    assertThat(EntityTags.matches(List.of("\"a\", W/\"b\",\"v42\""), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("\"a\"", "\"v42\""), "\"v42\"")).as("across lines").isTrue();
    assertThat(EntityTags.matches(List.of("\"a\", \"b\""), "\"v42\"")).isFalse();
    assertThat(EntityTags.matches(List.of("\"a,b\", \"v42\""), "\"v42\"")).as("a comma inside a tag").isTrue();
    assertThat(EntityTags.matches(List.of("\"a,b\""), "\"a,b\"")).isTrue();
  }

  @Test
  void theStarMatchesAnyCurrentRepresentation() {
    assertThat(EntityTags.matches(List.of("*"), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of(" * "), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("*"), "")).as("data without an ETag still exists").isTrue();
  }

  @Test
  void malformedMembersNeverMatch() {
    assertThat(EntityTags.matches(List.of("v42"), "\"v42\"")).isFalse();
    assertThat(EntityTags.matches(List.of("w/\"v42\""), "\"v42\"")).as("W/ is case-sensitive").isFalse();
    assertThat(EntityTags.matches(List.of("\"v42"), "\"v42\"")).isFalse();
    assertThat(EntityTags.matches(List.of("*, \"v42\""), "\"v42\"")).isTrue();
    assertThat(EntityTags.matches(List.of("\"v 42\""), "\"v 42\"")).isFalse();
    assertThat(EntityTags.matches(List.of("\"\""), "\"\"")).as("the empty tag is valid").isTrue();
  }

  @Test
  void withoutAnEtagOnlyTheStarMatches() {
    assertThat(EntityTags.matches(List.of("\"\""), "")).isFalse();
    assertThat(EntityTags.matches(List.of("\"v42\""), "")).isFalse();
  }

  @Test
  void presenceMeansANonBlankValue() {
    assertThat(EntityTags.present(List.of())).isFalse();
    assertThat(EntityTags.present(List.of("", "  "))).isFalse();
    assertThat(EntityTags.present(List.of("", "garbage"))).isTrue();
  }

  @Test
  void aCurrentTagThatIsNotAnEntityTagMatchesNothingAndNeverThrows() {
    for (String current : new String[] {"", "\"", "W/", "W/\"", "v1"}) {
      assertThat(EntityTags.matches(List.of("\"a\", W/\"\", \"\"", "W/"), current)).as(current).isFalse();
    }
  }
}
