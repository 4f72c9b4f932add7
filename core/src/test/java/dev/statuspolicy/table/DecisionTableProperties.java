package dev.statuspolicy.table;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.fixtures.DecisionInvariants;
import dev.statuspolicy.fixtures.FactClasses.Agent;
import dev.statuspolicy.fixtures.FactClasses.Conditional;
import dev.statuspolicy.fixtures.FactClasses.Creds;
import dev.statuspolicy.fixtures.FactClasses.Method;
import dev.statuspolicy.fixtures.FactClasses.PathClass;
import dev.statuspolicy.fixtures.FactClasses.Query;
import dev.statuspolicy.fixtures.FactClasses.Result;
import dev.statuspolicy.fixtures.FactClasses.Scheme;
import dev.statuspolicy.fixtures.FactClasses.Usage;
import dev.statuspolicy.fixtures.TableCase;
import dev.statuspolicy.request.BlocklistStanding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;

/**
 * The table over its input space, one equivalence class per fact (see {@code FactClasses}). Each
 * case's deciding row is predicted by {@link TableCase#expectedRow()}, which states every row's
 * firing condition as a predicate over the classes; {@link DecisionInvariants} then checks what
 * every decision must carry.
 *
 * <p>The whole product of all ten dimensions has 33,530,112 cases, too many for CI. So:
 *
 * <ul>
 *   <li>the admission space (every dimension an admission row reads: method, agent, blocklist,
 *       credentials, quota, transport, path, parameters) is enumerated whole, 532,224 cases, with
 *       data as the outcome;
 *   <li>the response space (every dimension a response row reads: method, path, parameters,
 *       outcome, conditional headers) is enumerated whole, 58,212 cases;
 *   <li>every pair of the ten dimensions is enumerated whole, 2,187 cases, the other eight
 *       dimensions at the values of a request that is served with 200;
 *   <li>and the whole space is sampled at random.
 * </ul>
 *
 * <p>The two large enumerations are tagged {@code exhaustive} and left out of mutation testing,
 * where the pairwise and sampled properties stand in for them.
 */
class DecisionTableProperties {

  private static final List<Enum<?>> BASELINE = List.of(
      Method.GET, Agent.IDENTIFIED, BlocklistStanding.NOT_LISTED, Creds.NONE, Usage.UNDER,
      Scheme.HTTPS, PathClass.STABLE, Query.VALID, Result.DATA, Conditional.NONE);

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 532_224)
  @Tag("exhaustive")
  void admissionSpaceIsDecidedByTheFirstFiringRow(
      @ForAll Method method, @ForAll Agent agent, @ForAll BlocklistStanding blocklist,
      @ForAll Creds credentials, @ForAll Usage quota, @ForAll Scheme transport,
      @ForAll PathClass path, @ForAll Query parameters) {
    TableCase tableCase = new TableCase(method, agent, blocklist, credentials, quota, transport,
        path, parameters, Result.DATA, Conditional.NONE);
    Decision decision = DecisionInvariants.check(tableCase);
    Statistics.label("row").collect(decision.row().value());
    Statistics.label("row").coverage(coverage -> {
      for (StandardRow row : StandardRow.values()) {
        if (row.definition().phase() == Phase.ADMISSION || row == StandardRow.OK
            || row == StandardRow.VERSION_DEPRECATED || row == StandardRow.VERSION_BETA) {
          coverage.check(row.id().value()).count(n -> n > 0);
        }
      }
    });
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 58_212)
  @Tag("exhaustive")
  void responseSpaceIsDecidedByTheFirstFiringRow(
      @ForAll Method method, @ForAll PathClass path, @ForAll Query parameters,
      @ForAll Result outcome, @ForAll Conditional conditional) {
    TableCase tableCase = new TableCase(method, Agent.IDENTIFIED, BlocklistStanding.NOT_LISTED,
        Creds.VALID_WITH_SCOPE, Usage.UNDER, Scheme.HTTPS, path, parameters, outcome, conditional);
    Decision decision = DecisionInvariants.check(tableCase);
    Statistics.label("row").collect(decision.row().value());
    Statistics.label("row").coverage(coverage -> {
      for (StandardRow row : StandardRow.values()) {
        if (row.definition().phase() == Phase.RESPONSE) {
          coverage.check(row.id().value()).count(n -> n > 0);
        }
      }
    });
  }

  @Property(generation = GenerationMode.EXHAUSTIVE, tries = 2_187)
  void everyPairOfDimensionsIsDecidedByTheFirstFiringRow(@ForAll("pairwise") TableCase tableCase) {
    Decision decision = DecisionInvariants.check(tableCase);
    Statistics.label("row").collect(decision.row().value());
    Statistics.label("row").coverage(DecisionTableProperties::everyRowReached);
  }

  @Property(tries = 1_000)
  void theWholeSpaceSampledIsDecidedByTheFirstFiringRow(@ForAll("anyCase") TableCase tableCase) {
    Decision decision = DecisionInvariants.check(tableCase);
    Statistics.label("row").collect(decision.row().value());
  }

  static void everyRowReached(net.jqwik.api.statistics.StatisticsCoverage coverage) {
    for (StandardRow row : StandardRow.values()) {
      coverage.check(row.id().value()).count(n -> n > 0);
    }
  }

  /** Every pair of values of every pair of dimensions, the rest at the baseline. */
  @Provide
  Arbitrary<TableCase> pairwise() {
    List<TableCase> cases = new ArrayList<>();
    List<Class<? extends Enum<?>>> dimensions = TableCase.DIMENSIONS;
    for (int i = 0; i < dimensions.size(); i++) {
      for (int j = i + 1; j < dimensions.size(); j++) {
        for (Enum<?> a : dimensions.get(i).getEnumConstants()) {
          for (Enum<?> b : dimensions.get(j).getEnumConstants()) {
            List<Enum<?>> values = new ArrayList<>(BASELINE);
            values.set(i, a);
            values.set(j, b);
            cases.add(TableCase.of(values));
          }
        }
      }
    }
    return Arbitraries.of(cases);
  }

  @Provide
  Arbitrary<TableCase> anyCase() {
    List<Arbitrary<Enum<?>>> parts = new ArrayList<>();
    for (Class<? extends Enum<?>> dimension : TableCase.DIMENSIONS) {
      List<Enum<?>> values = Arrays.asList(dimension.getEnumConstants());
      parts.add(Arbitraries.of(values));
    }
    return Combinators.combine(parts).as(TableCase::of);
  }
}
