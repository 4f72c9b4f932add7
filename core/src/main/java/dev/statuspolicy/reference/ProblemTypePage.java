package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The HTML page a problem {@code type} URI resolves to (RFC 9457, section 3.1.1): one per row,
 * written from the row's definition (its question, statuses, advice and the seed sentence it
 * implements) and from a live example, the policy's own answer to a request the row decides.
 */
final class ProblemTypePage {

  private ProblemTypePage() {}

  /**
   * Renders the page of one row.
   *
   * @param policy the policy
   * @param position the row's place in the table, from 1
   * @param row the row
   * @param example the example the row decides, or null when the catalog offers none
   * @param reference the address of the status-code reference, for a link back
   * @return the HTML document
   */
  static String render(StatusPolicy policy, int position, RowDefinition row,
      @Nullable Example example, String reference) {
    StringBuilder body = new StringBuilder(8192);
    body.append("<nav><a href=\"").append(HtmlPage.escape(reference + "#"
        + ReferenceMarkdown.anchor(position + ". `" + row.id() + "`")))
        .append("\">Status codes</a></nav>\n");
    body.append("<h1>").append(HtmlPage.escape(row.title())).append("</h1>\n");
    StringJoiner statuses = new StringJoiner(" or ");
    for (HttpStatus status : row.statuses()) {
      statuses.add(status.toString());
    }
    body.append("<p class=\"status\">").append(HtmlPage.escape(statuses.toString()))
        .append("</p>\n<dl>\n");
    fact(body, "Problem type", "<code>" + HtmlPage.escape(policy.config().problemTypeBase()
        + row.id()) + "</code>");
    fact(body, "X-ErrorClass", "<code>" + HtmlPage.escape(row.id().value()) + "</code>");
    fact(body, "Asks", HtmlPage.escape(row.question()));
    fact(body, "Consulted", "row " + position + " of " + policy.table().size() + ", "
        + (row.phase() == Phase.ADMISSION ? "before the backend is called (admission)"
            : "on the backend's outcome (response)"));
    body.append("</dl>\n<h2>What it means</h2>\n");
    for (HttpStatus status : row.statuses()) {
      body.append("<p><strong>").append(HtmlPage.escape(status.toString())).append(".</strong> ")
          .append(HtmlPage.escape(StatusMeaning.of(status))).append("</p>\n");
    }
    body.append("<h2>What to do</h2>\n<p>").append(HtmlPage.escape(row.advice())).append("</p>\n");
    if (row.seed() != null) {
      body.append("<h2>In MET's words</h2>\n<blockquote><p>").append(HtmlPage.escape(row.seed()))
          .append("</p></blockquote>\n");
    }
    if (example == null) {
      body.append("<h2>Example</h2>\n<p><em>No request built from this catalog makes this row"
          + " decide.</em></p>\n");
      return HtmlPage.page(row.title(), body.toString());
    }
    Decision decision = policy.decide(example.request(), example.outcome());
    body.append("<h2>Headers</h2>\n");
    List<Header> headers = decision.headers();
    if (headers.isEmpty()) {
      body.append("<p>None.</p>\n");
    } else {
      body.append("<ul>\n");
      for (Header header : headers) {
        body.append("<li><code>").append(HtmlPage.escape(header.name())).append("</code></li>\n");
      }
      body.append("</ul>\n");
    }
    body.append("<h2>Live example</h2>\n<p>This request, answered by the policy when this page"
        + " was made:</p>\n<pre><code>").append(HtmlPage.escape(ExchangeText.request(
            example.request()))).append("</code></pre>\n<ul>\n");
    List<String> verdicts = ExchangeText.verdicts(example.request());
    body.append("<li>Host verdicts: ").append(HtmlPage.escape(verdicts.isEmpty() ? "none"
        : String.join("; ", verdicts))).append(".</li>\n");
    body.append("<li>Backend outcome: ").append(HtmlPage.escape(row.phase() == Phase.RESPONSE
        ? ExchangeText.outcome(example.outcome()) : "none; the backend is not called"))
        .append(".</li>\n</ul>\n");
    body.append(decision.sendsResponse() ? "<p>Response:</p>\n"
        : "<p>Response: none. The host sends nothing and logs this decision:</p>\n");
    body.append("<pre><code>").append(HtmlPage.escape(ExchangeText.response(decision,
        ExchangeText.BACKEND_DATA))).append("</code></pre>\n");
    return HtmlPage.page(row.title(), body.toString());
  }

  private static void fact(StringBuilder body, String label, String html) {
    body.append("<dt>").append(HtmlPage.escape(label)).append("</dt><dd>").append(html)
        .append("</dd>\n");
  }
}
