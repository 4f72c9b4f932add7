package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.RowId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the policy answers at each place of its catalog: the decisions on every probe of the
 * example search and on every example the caller supplied, grouped by the endpoint the request
 * named (or "any other path"), by whether the method reads (GET, and HEAD alike) or not, and by
 * status. The API description documents exactly these statuses, so a status it shows is one the
 * table produced there.
 */
final class Observations {

  /**
   * Where a request went.
   *
   * @param target the endpoint; null for a path that names none
   * @param reads whether the method was GET (HEAD is answered alike)
   */
  record Place(@Nullable Target target, boolean reads) {}

  /**
   * One decision, with the example that led to it.
   *
   * @param place where the request went
   * @param example the request and outcome
   * @param decision the policy's decision on it
   */
  record Seen(Place place, Example example, Decision decision) {

    RowId row() {
      return decision.row();
    }
  }

  private final Map<Place, Map<HttpStatus, List<Seen>>> byPlace = new LinkedHashMap<>();
  private final List<Seen> all = new ArrayList<>();

  Observations(StatusPolicy policy, Map<RowId, Example> supplied) {
    List<Example> probes = new ArrayList<>(supplied.values());
    probes.addAll(new ExampleSearch(policy).probes());
    for (Example example : probes) {
      Decision decision = policy.decide(example.request(), example.outcome());
      Lookup lookup = policy.config().catalog().resolve(example.request().path());
      Target target = lookup instanceof Lookup.Found found ? found.target() : null;
      Place place = new Place(target, example.request().method().equals("GET")
          || example.request().method().equals("HEAD"));
      byPlace.computeIfAbsent(place, p -> new EnumMap<>(HttpStatus.class))
          .computeIfAbsent(decision.status(), s -> new ArrayList<>())
          .add(new Seen(place, example, decision));
      all.add(new Seen(place, example, decision));
    }
  }

  /**
   * Returns what was seen at a place, by status in status order.
   *
   * @param place the place
   * @return the decisions per status; empty when nothing went there
   */
  Map<HttpStatus, List<Seen>> at(Place place) {
    return byPlace.getOrDefault(place, Map.of());
  }

  /** Returns every decision, in the order of the probes. */
  List<Seen> all() {
    return all;
  }

  /** Returns the ids of the rows that decided, each once, in the order first seen. */
  static List<RowId> rows(List<Seen> seen) {
    List<RowId> rows = new ArrayList<>();
    for (Seen one : seen) {
      if (!rows.contains(one.row())) {
        rows.add(one.row());
      }
    }
    return rows;
  }
}
