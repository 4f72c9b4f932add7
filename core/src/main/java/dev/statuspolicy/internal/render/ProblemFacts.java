package dev.statuspolicy.internal.render;

import dev.statuspolicy.Quota;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.table.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * The structured findings of a problem as labelled lines, for the bodies people read. The JSON
 * body carries the same facts as members.
 */
final class ProblemFacts {

  private ProblemFacts() {}

  /** Returns label and value pairs, values still unescaped. */
  static List<String[]> of(Problem problem) {
    Evidence e = problem.evidence();
    List<String[]> facts = new ArrayList<>(4);
    if (!e.allowedMethods().isEmpty()) {
      facts.add(new String[] {"Allowed methods", String.join(", ", e.allowedMethods())});
    }
    if (problem.retryAfter() >= 0) {
      facts.add(new String[] {"Retry after", seconds(problem.retryAfter())});
    }
    Quota quota = e.quota();
    if (quota != null) {
      facts.add(new String[] {
        "Limit", QuotaText.limit(quota) + " (policy \"" + quota.name() + "\")"});
    }
    if (e.coverage() != null) {
      facts.add(new String[] {"Coverage", CoverageText.description(e.coverage())});
    }
    if (e.deprecation() != null) {
      facts.add(new String[] {"Deprecated since", HttpDates.format(e.deprecation())});
    }
    if (e.sunset() != null) {
      facts.add(new String[] {"Sunset", HttpDates.format(e.sunset())});
    }
    if (e.successor() != null) {
      facts.add(new String[] {
        "Successor version",
        e.successor() + (e.successorLink() != null ? " at " + e.successorLink() : "")});
    }
    if (e.deprecationLink() != null) {
      facts.add(new String[] {"About the deprecation", e.deprecationLink()});
    }
    if (e.location() != null) {
      facts.add(new String[] {"Location", e.location()});
    }
    facts.add(new String[] {"Error class", problem.row().id().value()});
    if (problem.requestId() != null) {
      facts.add(new String[] {"Request id", problem.requestId()});
    }
    return facts;
  }

  private static String seconds(long seconds) {
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}
