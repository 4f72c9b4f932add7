package dev.statuspolicy.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.statuspolicy.testkit.contract.broken.BrokenExtension;
import dev.statuspolicy.testkit.contract.broken.ChallengeLeftOut;
import dev.statuspolicy.testkit.contract.broken.ExampleLeftOut;
import dev.statuspolicy.testkit.contract.broken.HeadOnlyAnswer;
import dev.statuspolicy.testkit.contract.broken.UnconditionalNotModified;
import dev.statuspolicy.testkit.contract.broken.ExceptionTextInServerFault;
import dev.statuspolicy.testkit.contract.broken.LaxParameterType;
import dev.statuspolicy.testkit.contract.broken.RawInputInHeader;
import dev.statuspolicy.testkit.contract.broken.RowAheadOfTheEdge;
import dev.statuspolicy.testkit.contract.broken.ShadowedRow;
import dev.statuspolicy.testkit.contract.broken.ThrowingCoverage;
import dev.statuspolicy.testkit.contract.broken.UndeclaredStatus;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The kit fails each broken extension, naming the one guarantee its defect breaks and no other,
 * and passes the sound extension: every property runs, none fails.
 */
class BrokenExtensionsTest {

  static Stream<BrokenExtension> broken() {
    return Stream.of(new UndeclaredStatus(), new RawInputInHeader(), new ExceptionTextInServerFault(),
        new ShadowedRow(), new ThrowingCoverage(), new LaxParameterType(), new RowAheadOfTheEdge(),
        new HeadOnlyAnswer(), new UnconditionalNotModified(), new ChallengeLeftOut(), new ExampleLeftOut());
  }

  private static Events run(Class<?> contract) {
    return EngineTestKit.engine("jqwik").selectors(selectClass(contract)).execute().testEvents();
  }

  private static List<Throwable> failures(Events events) {
    return events.failed().stream()
        .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void eachBrokenExtensionFailsTheKitWithTheGuaranteeItBreaks(BrokenExtension extension) {
    Events events = run(extension.getClass());
    List<Throwable> failures = failures(events);
    assertThat(failures).as("the kit must fail %s", extension.getClass().getSimpleName()).isNotEmpty();
    Set<String> named = new TreeSet<>();
    for (Throwable failure : failures) {
      assertThat(failure).as("every failure is the kit's own report").isInstanceOf(ContractViolation.class);
      ContractViolation violation = (ContractViolation) failure;
      named.add(violation.guarantee().title());
      assertThat(violation.getMessage())
          .contains("\"" + violation.guarantee().title() + "\"", "deciding row:", "hint:")
          .doesNotContain("\tat ", "dev.statuspolicy.internal");
      assertThat(violation.getStackTrace()).as("no stack trace").isEmpty();
    }
    assertThat(named).containsExactly(extension.breaks().title());
    System.out.println("== " + extension.getClass().getSimpleName() + "\n" + failures.get(0).getMessage());
  }

  @Test
  void theSoundExtensionPassesEveryPropertyOfTheKit() {
    Events events = run(SoundExtensionContractTest.class);
    assertThat(failures(events)).isEmpty();
    assertThat(events.succeeded().count()).isEqualTo(6);
  }
}
