package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.table.Challenge;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.StandardRow;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server fault shows no evidence but its retry delay. Each component of {@link Evidence} is set
 * alone in turn, read from the record itself, so that a component added later is covered too: it
 * makes the test fail until it has a sample here.
 */
class WithheldEvidenceTest {

  @Test
  void everyComponentButTheRetryDelayIsRecordedAsWithheldOnA503() throws Exception {
    RecordComponent[] components = Evidence.class.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    List<String> checked = new ArrayList<>();
    for (int set = 0; set < components.length; set++) {
      String name = components[set].getName();
      if (name.equals("retryAfter")) {
        continue;
      }
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        values[i] = components[i].getAccessor().invoke(Evidence.NONE);
      }
      values[set] = sample(name);
      Evidence alone = Evidence.class.getDeclaredConstructor(types).newInstance(values);
      assertThat(alone).as(name).isNotEqualTo(Evidence.NONE);

      Breach breach = decide(alone).trace().breach();
      assertThat(breach).as(name).isNotNull();
      assertThat(breach.kind()).as(name).isEqualTo(Breach.Kind.WITHHELD_EVIDENCE);
      checked.add(name);
    }
    assertThat(checked).hasSize(components.length - 1);
  }

  @Test
  void aRetryDelayAloneOrNoEvidenceIsNoBreach() {
    assertThat(decide(Evidence.builder().retryAfter(Duration.ofSeconds(7)).build()).trace().breach())
        .isNull();
    assertThat(decide(Evidence.builder().build()).trace().breach()).isNull();
    assertThat(decide(Evidence.NONE).trace().breach()).isNull();
  }

  private static Decision decide(Evidence evidence) {
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.BACKEND_FAILED.id(),
        ExtensionRowsTest.row("fault-with-evidence", Phase.RESPONSE,
            context -> Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, evidence),
            HttpStatus.SERVICE_UNAVAILABLE)).build();
    Decision decision = policy.decide(Fixtures.fine().build(), Outcome.backendFailed());
    assertThat(decision.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    return decision;
  }

  private static Object sample(String component) {
    return switch (component) {
      case "detail" -> "db-7 refused the connection";
      case "parameterErrors" -> List.of(new ParameterError("lat", "x", "not a number"));
      case "allowedMethods" -> List.of("GET");
      case "challenge" -> new Challenge("weather", "read", null);
      case "quota" -> Quota.perSecond("clients", 20);
      case "coverage" -> Coverage.globe();
      case "successor", "successorLink", "deprecationLink", "location" -> "https://example.com/v3";
      case "deprecation", "sunset" -> Instant.parse("2026-01-01T00:00:00Z");
      default -> fail("Evidence has a component this test does not know, " + component
          + ": give it a sample, and check that a server fault withholds it");
    };
  }
}
