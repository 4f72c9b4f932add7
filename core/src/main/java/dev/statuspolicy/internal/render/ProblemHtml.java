package dev.statuspolicy.internal.render;

import dev.statuspolicy.request.ParameterError;

/** Renders a small, self-contained HTML page. Every piece of text is entity-escaped. */
public final class ProblemHtml {

  private ProblemHtml() {}

  /**
   * Renders the problem.
   *
   * @param problem the problem
   * @return the HTML document
   */
  public static String render(Problem problem) {
    StringBuilder out = new StringBuilder(768);
    String heading = problem.status().code() + " " + problem.status().reason();
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    Escape.html(out, heading).append("</title>\n</head>\n<body>\n<h1>");
    Escape.html(out, heading).append("</h1>\n<h2>");
    Escape.html(out, problem.row().title()).append("</h2>\n<p>");
    Escape.html(out, problem.detail()).append("</p>\n");
    if (!problem.evidence().parameterErrors().isEmpty()) {
      out.append("<ul>\n");
      for (ParameterError error : problem.evidence().parameterErrors()) {
        out.append("<li><code>");
        Escape.html(out, error.name()).append("</code>");
        if (!error.value().isEmpty()) {
          out.append(" = <code>");
          Escape.html(out, error.value()).append("</code>");
        }
        out.append(' ');
        Escape.html(out, error.reason()).append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("<p>");
    Escape.html(out, problem.row().advice()).append("</p>\n<dl>\n");
    for (String[] fact : ProblemFacts.of(problem)) {
      out.append("<dt>");
      Escape.html(out, fact[0]).append("</dt><dd>");
      Escape.html(out, fact[1]).append("</dd>\n");
    }
    out.append("</dl>\n<p><a href=\"");
    Escape.html(out, problem.type()).append("\">About this error</a></p>\n</body>\n</html>\n");
    return out.toString();
  }
}
