package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The writer keeps the last {@code Allow} and {@code Retry-After} fields it wrote. Answers that
 * alternate between lists and delays must each still get their own field, and a list equal to
 * the kept one but another object must get the same text.
 */
class RememberedErrorFieldsTest {

  /** The methods the team row lists, by the request's method; each list a new object. */
  private static final Map<String, String> LISTED = Map.of(
      "PURGE", "GET,HEAD", "LOCK", "GET", "PATCH", "GET,HEAD,OPTIONS", "BREW", "GET,HE AD");

  /** Fires 405 for the methods of {@link #LISTED}, with a freshly made list each time. */
  private static final Rule ALLOW_BY_METHOD = ExtensionRowsTest.row("allow-by-method",
      Phase.ADMISSION, context -> {
        String listed = LISTED.get(context.facts().method());
        return listed == null ? Finding.passed() : Finding.fired(HttpStatus.METHOD_NOT_ALLOWED,
            Evidence.builder().allowedMethods(new ArrayList<>(List.of(listed.split(",")))).build());
      }, HttpStatus.METHOD_NOT_ALLOWED);

  private static final StatusPolicy POLICY = Fixtures.builder()
      .insertAfter(StandardRow.CLIENT_BLOCKED.id(), ALLOW_BY_METHOD).build();

  private static Decision decide(String method) {
    return POLICY.decide(Fixtures.fine().method(method).build(), Outcome.data());
  }

  @Test
  void alternatingListsOfAllowedMethodsEachGetTheirOwnAllowField() {
    for (int round = 0; round < 3; round++) {
      for (String method : List.of("PURGE", "LOCK", "PATCH", "PURGE", "DELETE")) {
        Decision decision = decide(method);
        assertThat(decision.status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        String expected = method.equals("DELETE") ? "GET, HEAD"
            : String.join(", ", LISTED.get(method).split(","));
        assertThat(decision.header("Allow")).as(method).isEqualTo(expected);
      }
    }
  }

  @Test
  void aMethodThatIsNotATokenIsRefusedEvenAfterAValidListWasKept() {
    assertThat(decide("PURGE").status()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(decide("BREW").status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(decide("PURGE").header("Allow")).isEqualTo("GET, HEAD");
  }

  @Test
  void alternatingRetryDelaysEachGetTheirOwnRetryAfterField() {
    StatusPolicy policy = Fixtures.builder().build();
    long[] delays = {120, 5, 5, 0, 86_400, 120};
    for (int round = 0; round < 3; round++) {
      for (long seconds : delays) {
        Decision decision = policy.decide(Fixtures.fine().build(),
            Outcome.unavailable(Duration.ofSeconds(seconds)));
        assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(decision.header("Retry-After")).isEqualTo(Long.toString(seconds));
      }
    }
  }
}
