package dev.statuspolicy.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.TableCase;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;

/**
 * Precedence: for every pair of rows that can fire together, inputs where both fire are decided
 * by the earlier row, and the later row is never consulted. Both properties enumerate their
 * generators exhaustively: every co-firing pair, with every class each of its facts may take.
 *
 * <p>{@link RowGenerators} holds one generator per row; a pair combines the two. Pairs that
 * cannot fire together need different classes of one fact ({@code PrecedenceTest} lists them
 * and why). Other rows may fire too (a path chosen for one row may be in maintenance, say); the
 * decision is then the first of all firing rows, which is never the later row of the pair, and
 * coverage checks that each pair was also seen with nothing in between.
 */
class PrecedenceProperties {

  private static final List<List<StandardRow>> PAIRS = RowGenerators.coFiringPairs();

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void theEarlierOfTwoFiringRowsDecides(@ForAll("bothFire") Tuple2<List<StandardRow>, TableCase> sample) {
    StandardRow earlier = sample.get1().get(0);
    StandardRow later = sample.get1().get(1);
    TableCase tableCase = sample.get2();
    assertThat(tableCase.fires(earlier)).as("generator of %s in %s", earlier, tableCase).isTrue();
    assertThat(tableCase.fires(later)).as("generator of %s in %s", later, tableCase).isTrue();

    Decision decision = DecisionInvariants.check(tableCase);

    StandardRow winner = StandardRow.byId(decision.row().value());
    assertThat(winner.ordinal()).isLessThanOrEqualTo(earlier.ordinal());
    assertThat(decision.trace().verdictOf(later.id())).isNull();
    if (winner == earlier) {
      assertThat(decision.trace().verdictOf(earlier.id())).isEqualTo(Trace.Verdict.FIRED);
    }
    String pair = earlier.id() + " > " + later.id();
    Statistics.label("earlier wins alone").collect(winner == earlier ? pair : "another row first");
    Statistics.label("earlier wins alone").coverage(coverage -> {
      for (List<StandardRow> each : PAIRS) {
        coverage.check(each.get(0).id() + " > " + each.get(1).id()).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Tuple2<List<StandardRow>, TableCase>> bothFire() {
    return Arbitraries.of(PAIRS).flatMap(pair ->
        RowGenerators.cases(RowGenerators.both(pair.get(0), pair.get(1)))
            .map(tableCase -> Tuple.of(pair, tableCase)));
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 5_000)
  void eachRowsGeneratorMakesItFire(@ForAll("oneRow") Tuple2<StandardRow, TableCase> sample) {
    assertThat(sample.get2().fires(sample.get1())).isTrue();
    Decision decision = DecisionInvariants.check(sample.get2());
    assertThat(StandardRow.byId(decision.row().value()).ordinal())
        .isLessThanOrEqualTo(sample.get1().ordinal());
  }

  @Provide
  Arbitrary<Tuple2<StandardRow, TableCase>> oneRow() {
    return Arbitraries.of(StandardRow.class).flatMap(row ->
        RowGenerators.cases(RowGenerators.constraint(row)).map(c -> Tuple.of(row, c)));
  }
}
