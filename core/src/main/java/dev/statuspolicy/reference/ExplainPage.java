package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowDefinition;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Renders why a request got its answer as one HTML page, for a support engineer to send to the
 * client who asked: the request and the host's verdicts, the backend's outcome, the complete
 * response, and every row consulted in precedence order with its question and verdict, the
 * deciding row marked and linked to its problem-type page.
 *
 * <p>Everything taken from the request is escaped; the page has no script and carries the same
 * style sheet as the other documentation pages, so serve it with {@link
 * #CONTENT_SECURITY_POLICY}, which allows that sheet and images from the page's own origin, and
 * nothing else. Stateless and thread-safe.
 */
public final class ExplainPage {

  /**
   * The Content-Security-Policy to serve the page with: its one style sheet (by hash) and images
   * from its own origin; no script, no frame, no form.
   */
  public static final String CONTENT_SECURITY_POLICY = HtmlPage.CONTENT_SECURITY_POLICY;

  private ExplainPage() {}

  /**
   * Renders the page.
   *
   * @param policy the policy that decided
   * @param facts the request, with the host's verdicts
   * @param outcome what the backend did; null when it was not called
   * @param decision the policy's decision on the request
   * @param backendData the text to show in place of a body the host writes from the backend
   * @return the HTML document
   * @throws NullPointerException if an argument but {@code outcome} is null
   */
  public static String render(StatusPolicy policy, RequestFacts facts, @Nullable Outcome outcome,
      Decision decision, String backendData) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(backendData, "backendData");
    List<RowDefinition> table = policy.table();
    StringBuilder body = new StringBuilder(8192);
    body.append("<h1>Why ").append(HtmlPage.escape(decision.status().toString()))
        .append("?</h1>\n<p class=\"status\">Decided by row <code>")
        .append(HtmlPage.escape(decision.row().value())).append("</code>");
    String page = problemPage(policy, decision.row().value());
    if (page != null) {
      body.append(" (<a href=\"").append(HtmlPage.escape(page)).append("\">what it means</a>)");
    }
    body.append("</p>\n<h2>Request</h2>\n<pre><code>")
        .append(HtmlPage.escape(ExchangeText.request(facts))).append("</code></pre>\n<ul>\n");
    List<String> verdicts = ExchangeText.verdicts(facts);
    body.append("<li>Host verdicts: ").append(HtmlPage.escape(verdicts.isEmpty() ? "none"
        : String.join("; ", verdicts))).append(".</li>\n<li>Backend: ")
        .append(HtmlPage.escape(outcome == null ? "not called" : ExchangeText.outcome(outcome)))
        .append(".</li>\n</ul>\n<h2>Response</h2>\n");
    if (!decision.sendsResponse()) {
      body.append("<p>Nothing is sent: the client is gone. The decision, for the logs:</p>\n");
    }
    body.append("<pre><code>").append(HtmlPage.escape(ExchangeText.response(decision, backendData)))
        .append("</code></pre>\n<h2>Trace</h2>\n<p>The rows in precedence order; the first that"
            + " fires decides.</p>\n<table>\n<tr><th>#</th><th>row</th><th>question</th>"
            + "<th>verdict</th></tr>\n");
    for (Trace.Entry entry : decision.trace().entries()) {
      int position = 0;
      String question = "";
      for (int i = 0; i < table.size(); i++) {
        if (table.get(i).id().equals(entry.row())) {
          position = i + 1;
          question = table.get(i).question();
        }
      }
      boolean fired = entry.verdict() == Trace.Verdict.FIRED;
      body.append("<tr><td>").append(position).append("</td><td><code>")
          .append(HtmlPage.escape(entry.row().value())).append("</code></td><td>")
          .append(HtmlPage.escape(question)).append("</td><td>")
          .append(fired ? "<strong>" : "")
          .append(HtmlPage.escape(entry.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (fired ? ": decides " + decision.status() : "")))
          .append(fired ? "</strong>" : "").append("</td></tr>\n");
    }
    body.append("</table>\n");
    if (decision.trace().breach() != null) {
      body.append("<p><strong>Breach</strong> (a row's defect, answered by the policy): ")
          .append(HtmlPage.escape(String.valueOf(decision.trace().breach()))).append("</p>\n");
    }
    return HtmlPage.page(decision.status() + ": why", body.toString());
  }

  /** The problem-type page of a row, when the base is an http(s) URI; else null. */
  private static @Nullable String problemPage(StatusPolicy policy, String row) {
    String base = policy.config().problemTypeBase();
    return Documentation.problemPath(base) == null ? null : base + row;
  }
}
