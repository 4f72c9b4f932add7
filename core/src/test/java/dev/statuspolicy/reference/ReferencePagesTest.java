package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML pages a policy serves about itself: the reference, the problem types, explain. */
class ReferencePagesTest {

  private static final String BASE = "https://api.example.org/weatherapi/problems/";
  private static final StatusPolicy POLICY = FullCatalog.builder().problemTypeBase(BASE).build();
  private static final String HOSTILE = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

  @Test
  void markdownBecomesHtmlWithGitHubsAnchorsAndEveryCharacterEscaped() {
    String html = MarkdownHtml.convert(String.join("\n",
        "<!-- a comment -->",
        "# Status codes",
        "",
        "Two lines of",
        "one paragraph with `a<b>` and **bold**, _italics_ and a [`link`](#status-codes-1).",
        "",
        "## Status codes",
        "",
        "| a | b |",
        "|---|---|",
        "| `x|y` | one \\| two<br>three |",
        "",
        "- item <i>",
        "- snake_case_word stays",
        "",
        "> quoted & cited",
        "",
        "```http",
        "GET /x?<y> HTTP/1.1",
        "Accept: */*",
        "```"));

    assertThat(html).doesNotContain("a comment");
    assertThat(html).contains("<h1 id=\"status-codes\">Status codes</h1>");
    assertThat(html).contains("<h2 id=\"status-codes-1\">Status codes</h2>");
    assertThat(html).contains("<p>Two lines of\none paragraph with <code>a&lt;b&gt;</code> and"
        + " <strong>bold</strong>, <em>italics</em> and a <a href=\"#status-codes-1\"><code>link"
        + "</code></a>.</p>");
    assertThat(html).contains("<tr><th>a</th><th>b</th></tr>");
    assertThat(html).contains("<tr><td><code>x|y</code></td><td>one | two<br>three</td></tr>");
    assertThat(html).contains("<li>item &lt;i&gt;</li>");
    assertThat(html).contains("<li>snake_case_word stays</li>");
    assertThat(html).contains("<blockquote><p>quoted &amp; cited</p></blockquote>");
    assertThat(html).contains("<pre><code>GET /x?&lt;y&gt; HTTP/1.1\nAccept: */*</code></pre>");
    assertThat(html).doesNotContain("|---|");
  }

  @Test
  void theReferencePageLinksOnlyToAnchorsItHasAndHasNoScript() {
    Document page = Jsoup.parse(StatusCodeReference.renderHtml(POLICY, Map.of()));

    assertThat(page.title()).isEqualTo("Status codes");
    assertThat(page.select("script")).isEmpty();
    List<Element> links = page.select("a[href^=#]");
    assertThat(links).hasSizeGreaterThan(50);
    for (Element link : links) {
      assertThat(page.getElementById(link.attr("href").substring(1))).as(link.attr("href"))
          .isNotNull();
    }
    assertThat(page.select("h3[id$=-parameter-invalid]").text()).endsWith("parameter-invalid");
    assertThat(page.select("table")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void theStyleSheetIsAllowedByItsHashAndNothingElseIs() throws Exception {
    Document page = Jsoup.parse(StatusCodeReference.renderHtml(POLICY, Map.of()));
    String style = page.select("style").first().data();
    String hash = Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));

    assertThat(ExplainPage.CONTENT_SECURITY_POLICY)
        .startsWith("default-src 'none'; ")
        .contains("style-src 'sha256-" + hash + "';")
        .doesNotContain("script-src")
        .endsWith("frame-ancestors 'none'");
  }

  @Test
  void everyRowHasAPageAtItsProblemTypePath() {
    Documentation docs = Documentation.of(POLICY, Map.of());
    List<RowDefinition> table = POLICY.table();

    for (int i = 0; i < table.size(); i++) {
      RowDefinition row = table.get(i);
      Documentation.Document document = docs.find("/weatherapi/problems/" + row.id());
      assertThat(document).as(row.id().value()).isNotNull();
      assertThat(document.mediaType()).isEqualTo("text/html;charset=utf-8");
      Document page = Jsoup.parse(document.text());
      assertThat(page.select("h1").text()).isEqualTo(row.title());
      assertThat(page.select("code").eachText()).contains(BASE + row.id(), row.id().value());
      assertThat(page.text()).contains(row.question(), row.advice(),
          "row " + (i + 1) + " of " + table.size());
      if (row.seed() != null) {
        assertThat(page.select("blockquote").text()).isEqualTo(row.seed());
      }
      assertThat(page.select("nav a").attr("href"))
          .isEqualTo("/weatherapi/status-codes#" + ReferenceMarkdown.anchor((i + 1) + ". `" + row.id() + "`"));
      assertThat(page.select("script")).isEmpty();
    }
    Document invalid = Jsoup.parse(docs.find("/weatherapi/problems/parameter-invalid").text());
    assertThat(invalid.select("h2").eachText()).contains("Live example", "Headers");
    assertThat(invalid.select("pre").get(1).text()).startsWith("HTTP/1.1 400 Bad Request");
    assertThat(invalid.select("li code").eachText()).contains("X-ErrorClass");
  }

  @Test
  void aRowTheCatalogCannotReachSaysSoOnItsPage() {
    StatusPolicy plain = StatusPolicy.builder().catalog(FullCatalog.catalog(
        dev.statuspolicy.decision.HttpStatus.FORBIDDEN,
        dev.statuspolicy.decision.HttpStatus.UNPROCESSABLE_ENTITY)).problemTypeBase(BASE)
        .clock(FullCatalog.CLOCK).build();

    String page = Documentation.of(plain, Map.of()).find("/weatherapi/problems/https-required").text();

    assertThat(page).contains("No request built from this catalog makes this row decide.");
    assertThat(page).doesNotContain("Live example");
  }

  @Test
  void documentsAreFoundByPathWithTheirHeaders() {
    Documentation docs = Documentation.of(POLICY, Map.of());

    assertThat(docs.paths()).contains("/weatherapi/openapi.json", "/weatherapi/status-codes",
        "/weatherapi/regional/3.0/openapi.json", "/weatherapi/regional/_/openapi.json",
        "/weatherapi/problems/ok");
    assertThat(docs.find("/weatherapi/nothing")).isNull();
    assertThat(docs.find("/weatherapi/problems/")).isNull();
    Documentation.Document catalog = docs.find("/weatherapi/openapi.json");
    assertThat(catalog.text()).isEqualTo(OpenApi.catalog(POLICY, Map.of()));
    assertThat(catalog.bytes()).isEqualTo(catalog.text().getBytes(StandardCharsets.UTF_8));
    assertThat(catalog.headers()).containsExactly(
        new Header("Content-Type", "application/json"),
        new Header("X-Content-Type-Options", "nosniff"),
        new Header("Cache-Control", "public, max-age=300"),
        new Header("Access-Control-Allow-Origin", "*"));
    assertThat(docs.find("/weatherapi/regional/_/openapi.json").text())
        .isEqualTo(docs.find("/weatherapi/regional/3.0/openapi.json").text())
        .isEqualTo(OpenApi.version(POLICY, "regional", "3.0", Map.of()));
    Documentation.Document reference = docs.find("/weatherapi/status-codes");
    assertThat(reference.text()).isEqualTo(StatusCodeReference.renderHtml(POLICY, Map.of()));
    assertThat(reference.headers()).contains(
        new Header("Content-Security-Policy", ExplainPage.CONTENT_SECURITY_POLICY),
        new Header("Referrer-Policy", "no-referrer"));
    assertThat(docs.find("/weatherapi/status-codes")).isSameAs(reference);
  }

  @Test
  void problemPagesAreServedOnlyUnderAnHttpBase() {
    assertThat(Documentation.of(FullCatalog.builder().problemTypeBase("urn:problems:").build(),
        Map.of()).paths()).noneMatch(path -> path.contains("problems"));
    assertThat(Documentation.of(FullCatalog.builder().problemTypeBase("ftp://x.example/p/").build(),
        Map.of()).paths()).noneMatch(path -> path.contains("/p/"));
    assertThat(Documentation.of(FullCatalog.builder().problemTypeBase("http://x.example/p/")
        .build(), Map.of()).paths()).contains("/p/ok");
    assertThatThrownBy(() -> Documentation.of(POLICY, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theExplainPageEscapesTheRequestAndMarksTheDecidingRow() {
    RequestFacts facts = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=" + "%3Cscript%3E" + "&lon=10&" + "%3Cb%3E=1")
        .header("User-Agent", "Acme/1.0 " + HOSTILE)
        .transport(dev.statuspolicy.request.Transport.HTTPS)
        .build();
    Decision decision = POLICY.decide(facts, Outcome.data());

    Document page = Jsoup.parse(ExplainPage.render(POLICY, facts, null, decision, "data"));

    assertThat(page.select("script, img, iframe, svg")).isEmpty();
    assertThat(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
        .filter(a -> a.getKey().startsWith("on"))).isEmpty();
    assertThat(page.text()).contains(HOSTILE, "Backend: not called.", "Host verdicts: none.")
        .doesNotContain("Nothing is sent");
    int position = 1;
    while (!POLICY.table().get(position - 1).id().value().equals("parameter-invalid")) {
      position++;
    }
    assertThat(page.select("tr:has(td strong) td").first().text())
        .isEqualTo(Integer.toString(position));
    assertThat(page.select("h1").text()).isEqualTo("Why 400 Bad Request?");
    assertThat(page.select("p.status a").attr("href")).isEqualTo(BASE + "parameter-invalid");
    assertThat(page.select("td strong").text()).isEqualTo("fired: decides 400 Bad Request");
    assertThat(page.select("tr")).hasSize(decision.trace().entries().size() + 1);
    String urn = ExplainPage.render(FullCatalog.builder().problemTypeBase("urn:p:").build(), facts,
        Outcome.noData(), decision, "data");
    assertThat(Jsoup.parse(urn).select("p.status a")).isEmpty();
    assertThat(urn).contains("Backend: no data");

    RequestFacts closing = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=55&lon=10")
        .header("User-Agent", "Acme/1.0 ops@example.org")
        .transport(dev.statuspolicy.request.Transport.HTTPS)
        .blocklist(dev.statuspolicy.request.BlocklistStanding.BLOCKED)
        .build();
    Decision blocked = POLICY.decide(closing, Outcome.data());
    String verdicts = ExplainPage.render(POLICY, closing, null, blocked, "data");
    assertThat(Jsoup.parse(verdicts).text())
        .contains("Host verdicts: " + String.join("; ", ExchangeText.verdicts(closing)) + ".");
    RequestFacts gone = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=55&lon=10")
        .header("User-Agent", "Acme/1.0 ops@example.org")
        .transport(dev.statuspolicy.request.Transport.HTTPS).build();
    Decision closed = POLICY.decide(gone, Outcome.clientClosed());
    assertThat(ExplainPage.render(POLICY, gone, Outcome.clientClosed(), closed, "data"))
        .contains("Nothing is sent: the client is gone.").doesNotContain("Breach");
  }

  @Test
  void aPageNamesEveryStatusOfItsRowAndSaysWhenNothingIsSent() {
    Documentation docs = Documentation.of(POLICY, Map.of());
    String closed = docs.find("/weatherapi/problems/client-closed-request").text();
    String retired = docs.find("/weatherapi/problems/version-retired").text();
    String invalid = docs.find("/weatherapi/problems/parameter-invalid").text();

    assertThat(closed).contains("Response: none. The host sends nothing");
    assertThat(invalid).contains("<p>Response:</p>").doesNotContain("sends nothing");
    RowDefinition row = POLICY.table().stream()
        .filter(r -> r.id().value().equals("version-retired")).findFirst().orElseThrow();
    assertThat(row.statuses()).hasSizeGreaterThan(1);
    StringBuilder statuses = new StringBuilder();
    for (var status : row.statuses()) {
      statuses.append(statuses.length() == 0 ? "" : " or ").append(status);
    }
    assertThat(retired).contains("<p class=\"status\">" + statuses + "</p>");
  }
}
