package dev.statuspolicy.table;

import dev.statuspolicy.fixtures.FactClasses.Agent;
import dev.statuspolicy.fixtures.FactClasses.Conditional;
import dev.statuspolicy.fixtures.FactClasses.Creds;
import dev.statuspolicy.fixtures.FactClasses.Life;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * A generator per row: the classes each fact may take so that the row fires. Facts a row does not
 * care about stay at the baseline of a request that is served with 200. Two generators combine
 * by intersecting their classes fact by fact; when some fact is left with no class, the rows
 * cannot fire together, and {@link #conflict} names that fact.
 */
final class RowGenerators {

  /** A request served with 200: the value of every fact no row constrains. */
  static final List<Enum<?>> BASELINE = List.of(
      Method.GET, Agent.IDENTIFIED, BlocklistStanding.NOT_LISTED, Creds.VALID_WITH_SCOPE,
      Usage.UNDER, Scheme.HTTPS, PathClass.STABLE, Query.VALID, Result.DATA, Conditional.NONE);

  private static final int METHOD = 0;
  private static final int AGENT = 1;
  private static final int BLOCKLIST = 2;
  private static final int CREDENTIALS = 3;
  private static final int QUOTA = 4;
  private static final int TRANSPORT = 5;
  private static final int PATH = 6;
  private static final int QUERY = 7;
  private static final int OUTCOME = 8;
  private static final int CONDITIONAL = 9;

  private RowGenerators() {}

  /** Returns, per fact, the classes that make the row fire; null for "any" (the row ignores it). */
  static List<Set<Enum<?>>> constraint(StandardRow row) {
    List<Set<Enum<?>>> sets = new ArrayList<>(TableCase.DIMENSIONS.size());
    for (int i = 0; i < TableCase.DIMENSIONS.size(); i++) {
      sets.add(null);
    }
    switch (row) {
      case HTTPS_REQUIRED -> sets.set(TRANSPORT, Set.of(Scheme.HTTP_REQUIRED));
      case CLIENT_BLOCKED -> sets.set(BLOCKLIST, Set.of(BlocklistStanding.BLOCKED));
      case TARGET_TOO_LONG -> sets.set(QUERY, of(Query.class, q -> q.tooLong));
      case METHOD_NOT_ALLOWED -> sets.set(METHOD, of(Method.class, m -> !m.readOnly));
      case CLIENT_UNIDENTIFIED -> {
        sets.set(AGENT, of(Agent.class, a -> !a.identified));
        sets.set(PATH, of(PathClass.class, p -> p.strict));
      }
      case RATE_LIMITED -> sets.set(QUOTA, Set.of(Usage.OVER_IDENTIFIED_LIMIT));
      case QUOTA_UNKNOWN -> sets.set(QUOTA, Set.of(Usage.UNKNOWN));
      case PRODUCT_UNKNOWN -> sets.set(PATH, of(PathClass.class, p -> !p.found));
      case VERSION_RETIRED -> sets.set(PATH, of(PathClass.class, p -> p.found && p.lifecycle == Life.RETIRED));
      case PRODUCT_UNAVAILABLE -> sets.set(PATH, of(PathClass.class, p -> p.found && p.unavailable));
      case CREDENTIALS_REQUIRED -> {
        sets.set(PATH, of(PathClass.class, p -> p.restricted));
        sets.set(CREDENTIALS, Set.of(Creds.NONE, Creds.INVALID));
      }
      case ACCESS_DENIED -> {
        sets.set(PATH, of(PathClass.class, p -> p.restricted));
        sets.set(CREDENTIALS, Set.of(Creds.VALID_WITHOUT_SCOPE));
      }
      case COORDINATES_TOO_PRECISE -> {
        sets.set(PATH, of(PathClass.class, p -> p.locationEndpoint && p.precision != null));
        sets.set(QUERY, of(Query.class, q -> q.fiveDecimals));
      }
      case PARAMETER_INVALID -> {
        sets.set(PATH, of(PathClass.class, p -> p.altitude));
        sets.set(QUERY, of(Query.class, q -> q.malformed || q.badAltitude));
      }
      case OUTSIDE_COVERAGE -> {
        sets.set(PATH, of(PathClass.class, p -> p.locationEndpoint && p.regional));
        sets.set(QUERY, of(Query.class, q -> q.outside));
      }
      case CLIENT_CLOSED_REQUEST -> sets.set(OUTCOME, Set.of(Result.CLIENT_CLOSED));
      case INTERNAL_ERROR -> sets.set(OUTCOME, Set.of(Result.UNEXPECTED_FAILURE, Result.CUSTOM));
      case BACKEND_TIMEOUT -> sets.set(OUTCOME, Set.of(Result.TIMED_OUT));
      case BACKEND_UNAVAILABLE -> sets.set(OUTCOME, Set.of(Result.UNAVAILABLE));
      case BACKEND_FAILED -> sets.set(OUTCOME, Set.of(Result.BACKEND_FAILED));
      case NO_DATA -> {
        // an empty document is no data where the product says so; "no data" is, anywhere
        sets.set(OUTCOME, Set.of(Result.NO_DATA, Result.EMPTY_DOCUMENT));
        sets.set(PATH, of(PathClass.class, p -> !p.emptyMeaningful));
      }
      case NOT_MODIFIED -> {
        sets.set(METHOD, of(Method.class, m -> m.readOnly));
        sets.set(PATH, of(PathClass.class, p -> p.found && p.lifecycle == Life.STABLE));
        sets.set(OUTCOME, of(Result.class, r -> r.hasDocument));
        sets.set(CONDITIONAL, of(Conditional.class, c -> c.matches));
      }
      case VERSION_DEPRECATED -> sets.set(PATH, of(PathClass.class, p -> p.found && p.lifecycle == Life.DEPRECATED));
      case VERSION_BETA -> sets.set(PATH, of(PathClass.class, p -> p.found && p.lifecycle == Life.BETA));
      case OK -> { }
      default -> throw new AssertionError(row);
    }
    return sets;
  }

  /** Intersects two rows' constraints, fact by fact. */
  static List<Set<Enum<?>>> both(StandardRow first, StandardRow second) {
    List<Set<Enum<?>>> a = constraint(first);
    List<Set<Enum<?>>> b = constraint(second);
    List<Set<Enum<?>>> result = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) == null) {
        result.add(b.get(i));
      } else if (b.get(i) == null) {
        result.add(a.get(i));
      } else {
        Set<Enum<?>> common = new LinkedHashSet<>(a.get(i));
        common.retainAll(b.get(i));
        result.add(common);
      }
    }
    return result;
  }

  /** Returns the fact two rows need in disjoint classes, or null when they can fire together. */
  static Class<?> conflict(StandardRow first, StandardRow second) {
    List<Set<Enum<?>>> sets = both(first, second);
    for (int i = 0; i < sets.size(); i++) {
      if (sets.get(i) != null && sets.get(i).isEmpty()) {
        return TableCase.DIMENSIONS.get(i);
      }
    }
    return null;
  }

  /** Generates cases within the constraints; unconstrained facts keep their baseline class. */
  static Arbitrary<TableCase> cases(List<Set<Enum<?>>> sets) {
    List<Arbitrary<Enum<?>>> parts = new ArrayList<>(sets.size());
    for (int i = 0; i < sets.size(); i++) {
      Set<Enum<?>> allowed = sets.get(i);
      List<Enum<?>> values = allowed == null ? List.of(BASELINE.get(i)) : sorted(allowed);
      parts.add(Arbitraries.of(values));
    }
    return Combinators.combine(parts).as(TableCase::of);
  }

  /** Every pair (earlier, later) of standard rows that can fire together. */
  static List<List<StandardRow>> coFiringPairs() {
    List<List<StandardRow>> pairs = new ArrayList<>();
    StandardRow[] rows = StandardRow.values();
    for (int i = 0; i < rows.length; i++) {
      for (int j = i + 1; j < rows.length; j++) {
        if (conflict(rows[i], rows[j]) == null) {
          pairs.add(List.of(rows[i], rows[j]));
        }
      }
    }
    return pairs;
  }

  private static List<Enum<?>> sorted(Set<Enum<?>> values) {
    return values.stream().sorted((x, y) -> Integer.compare(x.ordinal(), y.ordinal()))
        .collect(Collectors.toList());
  }

  private static <E extends Enum<E>> Set<Enum<?>> of(Class<E> type, Predicate<E> keep) {
    return Arrays.stream(type.getEnumConstants()).filter(keep)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
