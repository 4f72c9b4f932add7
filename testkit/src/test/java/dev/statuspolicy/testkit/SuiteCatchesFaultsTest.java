package dev.statuspolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite can fail: each way a framework was seen to change the policy's answers, played by
 * the reference server, makes the check written for it fail, with a message that says what
 * changed.
 */
class SuiteCatchesFaultsTest {

  @ParameterizedTest
  @EnumSource(value = Fault.class, mode = EnumSource.Mode.EXCLUDE, names = "NONE")
  void theCheckWrittenForTheFaultFails(Fault fault) throws Exception {
    List<String> failed = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    try (ReferenceServer server = new ReferenceServer(fault)) {
      for (Check check : ConformanceChecks.all(server.base(), ServerTraits.EXACT)) {
        try {
          check.run();
        } catch (AssertionError caught) {
          failed.add(check.name());
          messages.add(caught.getMessage());
        }
      }
    }
    assertThat(failed).as("the checks that failed for %s", fault).contains(fault.caughtBy);
    assertThat(messages.get(failed.indexOf(fault.caughtBy)))
        .contains("the server changed the policy's answer").contains("request:").contains("wire:");
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"LOWER_CASE_NAMES", "REVERSED_HEADERS", "OWN_REASON", "OWN_400_FOR_MALFORMED"})
  void whatHttpAllowsPassesForAServerDeclaredToDoIt(Fault fault) throws Exception {
    try (ReferenceServer server = new ReferenceServer(fault)) {
      for (Check check : ConformanceChecks.all(server.base(), ServerTraits.JDK_HTTPSERVER)) {
        check.run();
      }
    }
  }
}
