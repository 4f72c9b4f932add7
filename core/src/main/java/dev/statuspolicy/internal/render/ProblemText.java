package dev.statuspolicy.internal.render;

import dev.statuspolicy.request.ParameterError;

/** Renders plain text for terminals and logs. Control characters from the request are replaced. */
public final class ProblemText {

  private ProblemText() {}

  /**
   * Renders the problem.
   *
   * @param problem the problem
   * @return the text, ending in a newline
   */
  public static String render(Problem problem) {
    StringBuilder out = new StringBuilder(384);
    out.append(problem.status().code()).append(' ').append(problem.status().reason()).append(": ");
    Escape.text(out, problem.row().title()).append('\n');
    Escape.text(out, problem.detail()).append('\n');
    for (ParameterError error : problem.evidence().parameterErrors()) {
      out.append("  - ");
      Escape.text(out, error.name());
      if (!error.value().isEmpty()) {
        out.append(" = \"");
        Escape.text(out, error.value()).append('"');
      }
      out.append(' ');
      Escape.text(out, error.reason()).append('\n');
    }
    Escape.text(out, problem.row().advice()).append('\n');
    for (String[] fact : ProblemFacts.of(problem)) {
      Escape.text(out, fact[0]).append(": ");
      Escape.text(out, fact[1]).append('\n');
    }
    out.append("More: ");
    return Escape.text(out, problem.type()).append('\n').toString();
  }
}
