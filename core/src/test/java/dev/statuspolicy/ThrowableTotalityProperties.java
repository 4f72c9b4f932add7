package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Totality for every throwable: whatever a row throws, at whatever position, short of a {@link
 * VirtualMachineError}, the decision is {@code internal-error}, and the trace says which row
 * failed and that {@code internal-error} fired.
 */
class ThrowableTotalityProperties {

  /** One of each kind of throwable a row may end with. */
  private static final List<Supplier<Throwable>> THROWABLES = List.of(
      () -> new AssertionError("expected radar"),
      () -> new LinkageError("bad jar"),
      () -> new NoClassDefFoundError("dev/radar/Site"),
      () -> new ExceptionInInitializerError("static init"),
      () -> new Error("plain"),
      () -> new StackOverflowError(),
      () -> new IllegalStateException("secret"),
      () -> new IOException("checked, thrown sneakily"),
      () -> new Throwable("bare"));

  /** Throws its throwable from every request, as a row of the anchor's phase. */
  record Throwing(RowDefinition definition, Supplier<Throwable> throwable) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      throw ThrowableTotalityProperties.<RuntimeException>sneaky(throwable.get());
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> T sneaky(Throwable thrown) throws T {
    throw (T) thrown;
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void anyThrowableFromAnyPositionIsAnInternalErrorWithTheFailingRowInTheTrace(
      @ForAll("anchors") StandardRow anchor, @ForAll("throwables") Supplier<Throwable> throwable) {
    RowDefinition definition = new RowDefinition(RowId.of("throwing"), anchor.definition().phase(),
        List.of(HttpStatus.BAD_GATEWAY), "Does it throw?", "Thrower", "None.", null);
    StatusPolicy policy = Fixtures.builder()
        .insertBefore(anchor.id(), new Throwing(definition, throwable)).build();
    RequestFacts facts = Fixtures.fine().build();

    Decision decision = policy.decide(facts, Outcome.data());

    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    Trace trace = decision.trace();
    assertThat(trace.verdictOf(definition.id())).isEqualTo(Trace.Verdict.FAILED);
    assertThat(trace.verdictOf(StandardRow.INTERNAL_ERROR.id())).isEqualTo(Trace.Verdict.FIRED);
    DecisionInvariants.checkGeneric(policy, facts, decision);
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void anyThrowableFromACoverageShapeIsAnInternalErrorWithOutsideCoverageFailed(
      @ForAll("throwables") Supplier<Throwable> throwable) {
    Coverage throwing = new Coverage() {
      @Override
      public boolean contains(double latitude, double longitude) {
        throw ThrowableTotalityProperties.<RuntimeException>sneaky(throwable.get());
      }

      @Override
      public String describe() {
        return "the radar's reach";
      }

      @Override
      public Coverage.Box bounds() {
        return Coverage.box(50, 0, 70, 30);
      }
    };
    Product radar = Product.builder("radar").coverage(throwing)
        .version(ProductVersion.of("1.0", Lifecycle.stable(), Fixtures.compact())).build();
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(radar)).build();
    RequestFacts facts = Fixtures.get("/weatherapi/radar/1.0/compact", Fixtures.INSIDE).build();

    Decision decision = policy.decide(facts, Outcome.data());

    assertThat(decision.row()).isEqualTo(StandardRow.INTERNAL_ERROR.id());
    assertThat(decision.trace().verdictOf(StandardRow.OUTSIDE_COVERAGE.id()))
        .isEqualTo(Trace.Verdict.FAILED);
    assertThat(decision.trace().verdictOf(StandardRow.INTERNAL_ERROR.id()))
        .isEqualTo(Trace.Verdict.FIRED);
  }

  @Example
  void aVirtualMachineErrorIsLeftToTheHost() {
    RowDefinition definition = new RowDefinition(RowId.of("throwing"), Phase.ADMISSION,
        List.of(HttpStatus.FORBIDDEN), "Does it throw?", "Thrower", "None.", null);
    StatusPolicy policy = Fixtures.builder().insertBefore(StandardRow.RATE_LIMITED.id(),
        new Throwing(definition, () -> new OutOfMemoryError("heap"))).build();
    assertThatThrownBy(() -> policy.decide(Fixtures.fine().build(), Outcome.data()))
        .isInstanceOf(OutOfMemoryError.class);
  }

  @Provide
  Arbitrary<StandardRow> anchors() {
    // inserting before each row reaches every position of the table but after ok
    return Arbitraries.of(StandardRow.class);
  }

  @Provide
  Arbitrary<Supplier<Throwable>> throwables() {
    return Arbitraries.of(THROWABLES);
  }
}
