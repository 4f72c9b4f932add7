package dev.statuspolicy.internal.render;

import dev.statuspolicy.Quota;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.request.ParameterError;
import dev.statuspolicy.table.Evidence;
import java.util.List;

/** Renders {@code application/problem+json} (RFC 9457), with one extension member per finding. */
public final class ProblemJson {

  private ProblemJson() {}

  /**
   * Renders the problem.
   *
   * @param problem the problem
   * @return the JSON document
   */
  public static String render(Problem problem) {
    Evidence e = problem.evidence();
    StringBuilder out = new StringBuilder(1024);
    out.append('{');
    string(out, "type", problem.type()).append(',');
    string(out, "title", problem.row().title()).append(',');
    out.append("\"status\":").append(problem.status().code()).append(',');
    string(out, "detail", problem.detail());
    if (problem.instance() != null) {
      string(out.append(','), "instance", problem.instance());
    }
    string(out.append(','), "row", problem.row().id().value());
    string(out.append(','), "advice", problem.row().advice());
    List<ParameterError> errors = e.parameterErrors();
    if (!errors.isEmpty()) {
      out.append(",\"errors\":[");
      for (int i = 0; i < errors.size(); i++) {
        ParameterError error = errors.get(i);
        out.append(i == 0 ? "{" : ",{");
        string(out, "parameter", error.name()).append(',');
        string(out, "value", error.value()).append(',');
        string(out, "detail", error.reason()).append('}');
      }
      out.append(']');
    }
    if (!e.allowedMethods().isEmpty()) {
      out.append(",\"allowedMethods\":[");
      for (int i = 0; i < e.allowedMethods().size(); i++) {
        out.append(i == 0 ? "\"" : ",\"");
        Escape.json(out, e.allowedMethods().get(i)).append('"');
      }
      out.append(']');
    }
    if (problem.retryAfter() >= 0) {
      out.append(",\"retryAfter\":").append(problem.retryAfter());
    }
    Quota quota = e.quota();
    if (quota != null) {
      out.append(",\"limit\":{");
      string(out, "policy", quota.name());
      out.append(",\"requests\":").append(quota.requests());
      out.append(",\"windowSeconds\":").append(quota.window().getSeconds()).append('}');
    }
    Coverage coverage = e.coverage();
    if (coverage != null) {
      Coverage.Box box = coverage.bounds();
      out.append(",\"coverage\":{");
      string(out, "description", coverage.describe());
      out.append(",\"south\":").append(box.south()).append(",\"west\":").append(box.west());
      out.append(",\"north\":").append(box.north()).append(",\"east\":").append(box.east());
      out.append('}');
    }
    if (e.deprecation() != null) {
      string(out.append(','), "deprecation", e.deprecation().toString());
    }
    if (e.sunset() != null) {
      string(out.append(','), "sunset", e.sunset().toString());
    }
    if (e.successor() != null) {
      out.append(",\"successor\":{");
      string(out, "version", e.successor());
      if (e.successorLink() != null) {
        string(out.append(','), "href", e.successorLink());
      }
      out.append('}');
    }
    if (e.deprecationLink() != null) {
      string(out.append(','), "deprecationLink", e.deprecationLink());
    }
    if (e.location() != null) {
      string(out.append(','), "location", e.location());
    }
    return out.append('}').toString();
  }

  private static StringBuilder string(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":\"");
    return Escape.json(out, value).append('"');
  }
}
