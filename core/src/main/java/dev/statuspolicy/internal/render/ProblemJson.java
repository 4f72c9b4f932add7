package dev.statuspolicy.internal.render;

import dev.statuspolicy.Quota;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RowDefinition;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    return render(problem, head(problem.type(), problem.row()), tail(problem.row()));
  }

  /**
   * Renders the problem from the fixed text of its row, made once by {@link #head} and {@link
   * #tail}.
   *
   * @param problem the problem
   * @param head what {@link #head} returns for the problem's type and row
   * @param tail what {@link #tail} returns for the problem's row
   * @return the JSON document
   */
  public static String render(Problem problem, String head, String tail) {
    // The members every problem has are joined in one concatenation, which sizes the document
    // once and copies each part once; a member needs no escaping in the common case, and then
    // is the request's own string. Only the evidence's members, when there are any, go through
    // a builder first.
    String detail = Escape.json(problem.detail());
    String instance = problem.instance();
    int status = problem.status().code();
    String extensions = extensions(problem);
    return instance == null
        ? head + status + ",\"detail\":\"" + detail + '"' + tail + extensions + '}'
        : head + status + ",\"detail\":\"" + detail + "\",\"instance\":\"" + Escape.json(instance)
            + '"' + tail + extensions + '}';
  }

  /** Returns the members the evidence adds, each led by a comma; empty when it adds none. */
  private static String extensions(Problem problem) {
    Evidence e = problem.evidence();
    if (e == Evidence.NONE && problem.retryAfter() < 0) {
      return "";
    }
    String errors = ErrorsText.json(e.parameterErrors());
    String methods = allowedMethods(e.allowedMethods());
    if (e.quota() == null && e.coverage() == null && e.deprecation() == null
        && e.sunset() == null && e.successor() == null && e.deprecationLink() == null
        && e.location() == null) {
      // parameter errors, allowed methods and a retry delay at most: the 400, the 405 and the
      // 503, each member made once and kept, joined here without a builder
      String kept = errors.isEmpty() ? methods : methods.isEmpty() ? errors : errors + methods;
      return problem.retryAfter() < 0 ? kept : kept + ",\"retryAfter\":" + problem.retryAfter();
    }
    StringBuilder out = new StringBuilder(256 + errors.length());
    out.append(errors).append(methods);
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
      out.append(CoverageText.json(coverage));
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
    return out.toString();
  }

  /**
   * Returns the fixed start of a row's documents: the {@code type} and {@code title} members and
   * the name of the {@code status} member, escaped.
   *
   * @param type the problem type URI
   * @param row the row
   * @return the text, ending just before the status number
   */
  public static String head(String type, RowDefinition row) {
    // made once per row and cached (see RowText), so not worth presizing
    StringBuilder out = new StringBuilder();
    out.append('{');
    string(out, "type", type).append(',');
    string(out, "title", row.title()).append(',');
    return out.append("\"status\":").toString();
  }

  /**
   * Returns the fixed {@code row} and {@code advice} members of a row's documents, escaped, each
   * led by a comma.
   *
   * @param row the row
   * @return the text
   */
  public static String tail(RowDefinition row) {
    // made once per row and cached, as the head is
    StringBuilder out = new StringBuilder();
    string(out.append(','), "row", row.id().value());
    string(out.append(','), "advice", row.advice());
    return out.toString();
  }

  /**
   * Returns the {@code allowedMethods} member, led by a comma; empty for no methods. The last
   * list rendered is remembered: a row answers every 405 with the same few methods.
   */
  private static String allowedMethods(List<String> methods) {
    if (methods.isEmpty()) {
      return "";
    }
    RenderedMethods last = lastMethods;
    if (last != null && last.methods().equals(methods)) {
      return last.json();
    }
    StringBuilder out = new StringBuilder(32 + 16 * methods.size()).append(",\"allowedMethods\":[");
    for (int i = 0; i < methods.size(); i++) {
      out.append(i == 0 ? "\"" : ",\"");
      Escape.json(out, methods.get(i)).append('"');
    }
    String json = out.append(']').toString();
    // Evidence holds immutable copies, so the list remembered cannot change
    lastMethods = new RenderedMethods(methods, json);
    return json;
  }

  /** A list of allowed methods and its rendered member. */
  private record RenderedMethods(List<String> methods, String json) {}

  private static volatile @Nullable RenderedMethods lastMethods;

  /** Appends a string member, {@code "name":"value"}, with the value escaped. */
  static StringBuilder string(StringBuilder out, String name, String value) {
    out.append('"').append(name).append("\":\"");
    return Escape.json(out, value).append('"');
  }
}
