package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The generated reference: its parts, its examples, and the examples a caller supplies. */
class StatusCodeReferenceTest {

  private static final String AGENT = "Tester/1.0 test@example.org";

  @Test
  void aCatalogWithOneOfEverythingReachesEveryStandardRow() {
    StatusPolicy policy = FullCatalog.builder().build();

    Map<RowId, Example> examples = StatusCodeReference.examples(policy, Map.of());

    List<RowId> all = new ArrayList<>();
    for (StandardRow row : StandardRow.values()) {
      all.add(row.id());
    }
    assertThat(examples.keySet()).containsExactlyElementsOf(all);
    assertThat(StatusCodeReference.render(policy)).doesNotContain("Not reachable");
  }

  @Test
  void everyExampleShownIsDecidedByItsRowAndShownWithThePolicysExactResponse() {
    StatusPolicy policy = FullCatalog.builder().build();
    String page = StatusCodeReference.render(policy);

    for (Map.Entry<RowId, Example> entry : StatusCodeReference.examples(policy, Map.of()).entrySet()) {
      Example example = entry.getValue();
      Decision decision = policy.decide(example.request(), example.outcome());
      assertThat(decision.row()).isEqualTo(entry.getKey());
      assertThat(page).contains(ExchangeText.request(example.request()) + "\n```")
          .contains("```http\n" + ExchangeText.response(decision, ExchangeText.BACKEND_DATA) + "\n```");
    }
  }

  @Test
  void rowsThatTheCatalogCannotReachAreListedAsSuch() {
    Product plain = Product.builder("plain")
        .version(ProductVersion.of("1.0", Lifecycle.stable(),
            Endpoint.of("point", ParameterSpec.latitude(), ParameterSpec.longitude())))
        .build();
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(plain)).clock(FullCatalog.CLOCK).build();

    Set<RowId> reached = StatusCodeReference.examples(policy, Map.of()).keySet();
    String page = StatusCodeReference.render(policy);

    // a default policy fails open, so row quota-unknown never decides
    Set<String> unreachable = Set.of("https-required", "quota-unknown", "version-retired", "product-unavailable",
        "credentials-required", "access-denied", "coordinates-too-precise", "outside-coverage",
        "version-deprecated", "version-beta");
    for (StandardRow row : StandardRow.values()) {
      boolean expectedUnreachable = unreachable.contains(row.id().value());
      assertThat(reached.contains(row.id())).as(row.id().value()).isEqualTo(!expectedUnreachable);
      String section = section(page, row.id().value());
      assertThat(section.contains("_Not reachable with this policy and catalog"))
          .as("section of %s says it is not reachable", row.id()).isEqualTo(expectedUnreachable);
    }
  }

  @Test
  void theStatusSectionsListTheirRowsInPrecedenceOrder() {
    String page = StatusCodeReference.render(FullCatalog.builder().build());

    String forbidden = page.substring(page.indexOf("### 403 Forbidden"), page.indexOf("### 404 Not Found"));
    assertThat(forbidden).containsSubsequence(
        "[`client-blocked`](#2-client-blocked)",
        "[`client-unidentified`](#5-client-unidentified)",
        "[`access-denied`](#12-access-denied)",
        "[`coordinates-too-precise`](#13-coordinates-too-precise)");
    assertThat(forbidden).contains("`WWW-Authenticate` (access-denied)");
    assertThat(page.substring(page.indexOf("### 429 Too Many Requests")))
        .contains("`Retry-After`", "`RateLimit-Policy`", "`RateLimit`");
  }

  @Test
  void thePrecedenceTableListsEveryRowOfThePolicyInOrder() {
    StatusPolicy policy = FullCatalog.builder().build();
    String page = StatusCodeReference.render(policy);
    String table = page.substring(page.indexOf("## Precedence"), page.indexOf("## Rows and examples"));

    List<RowDefinition> rows = policy.table();
    for (int i = 0; i < rows.size(); i++) {
      RowDefinition row = rows.get(i);
      assertThat(table).contains("| " + (i + 1) + " | [`" + row.id() + "`](#" + (i + 1) + "-" + row.id() + ") | ");
    }
    assertThat(table).contains("| 9 | [`version-retired`](#9-version-retired) | Is the version past its end"
        + " of life? | 404, 410 | admission |");
  }

  @Test
  void everyLinkInThePagePointsToAHeadingOfThePage() {
    String page = StatusCodeReference.render(FullCatalog.builder().build());
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new java.util.HashMap<>();
    for (String line : page.split("\n")) {
      if (line.startsWith("#")) {
        String anchor = ReferenceMarkdown.anchor(line.replaceFirst("^#+ ", ""));
        int count = seen.merge(anchor, 1, Integer::sum);
        anchors.add(count == 1 ? anchor : anchor + "-" + (count - 1));
      }
    }
    Matcher links = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(page);
    int checked = 0;
    while (links.find()) {
      assertThat(anchors).as("link #%s", links.group(1)).contains(links.group(1));
      checked++;
    }
    assertThat(checked).isGreaterThan(60);
  }

  @Test
  void anchorsFollowGithubsRule() {
    assertThat(ReferenceMarkdown.anchor("7. `version-retired`")).isEqualTo("7-version-retired");
    assertThat(ReferenceMarkdown.anchor("203 Non-Authoritative Information"))
        .isEqualTo("203-non-authoritative-information");
  }

  @Test
  void aSuppliedExampleReplacesTheOneFound() {
    StatusPolicy policy = FullCatalog.builder().build();
    RequestFacts request = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=55.5&lon=10.25&altitude=high")
        .header("User-Agent", AGENT).build();

    String page = StatusCodeReference.render(policy,
        Map.of(StandardRow.PARAMETER_INVALID.id(), Example.of(request)));

    assertThat(section(page, "parameter-invalid"))
        .contains("GET /weatherapi/regional/3.0/point?lat=55.5&lon=10.25&altitude=high HTTP/1.1")
        .contains("altitude");
  }

  @Test
  void aSuppliedExampleThatAnotherRowDecidesIsRefused() {
    StatusPolicy policy = FullCatalog.builder().build();
    RequestFacts wrong = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=55.5&lon=10.25")
        .header("User-Agent", AGENT).build();

    assertThatThrownBy(() -> StatusCodeReference.render(policy,
        Map.of(StandardRow.PARAMETER_INVALID.id(), Example.of(wrong))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("example for row 'parameter-invalid' is decided by row 'ok'");
  }

  @Test
  void aSuppliedExampleForARowNotInTheTableIsRefused() {
    StatusPolicy policy = FullCatalog.builder().build();

    assertThatThrownBy(() -> StatusCodeReference.render(policy,
        Map.of(RowId.of("radar-site-down"), Example.of(RequestFacts.builder().build()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no row 'radar-site-down'");
  }

  @Test
  void aProductTeamsRowIsDocumentedWithTheExampleItSupplies() {
    Rule radarDown = new RadarSiteDown();
    StatusPolicy policy = FullCatalog.builder()
        .insertBefore(StandardRow.INTERNAL_ERROR.id(), radarDown).build();
    RequestFacts request = RequestFacts.builder()
        .target("/weatherapi/regional/3.0/point?lat=55.5&lon=10.25")
        .header("User-Agent", AGENT).header("Accept", "text/plain").build();

    String without = StatusCodeReference.render(policy);
    String with = StatusCodeReference.render(policy, Map.of(radarDown.definition().id(),
        Example.of(request, new Outcome.Custom("radar-down", Duration.ofSeconds(300)))));

    assertThat(section(without, "radar-site-down")).contains("_Not reachable");
    assertThat(section(with, "radar-site-down"))
        .contains("Backend outcome: 'radar-down', retry after 300 seconds.")
        .contains("HTTP/1.1 503 Service Unavailable\nRetry-After: 300\n")
        .contains("X-ErrorClass: radar-site-down");
    assertThat(with).contains("| 17 | [`radar-site-down`](#17-radar-site-down) |")
        .contains("| 18 | [`internal-error`](#18-internal-error) |");
  }

  @Test
  void theReferenceIsReproducibleWithAFixedClock() {
    assertThat(StatusCodeReference.render(FullCatalog.builder().build()))
        .isEqualTo(StatusCodeReference.render(FullCatalog.builder().build()))
        .contains("Last-Modified: Tue, 10 Mar 2026 08:00:00 GMT");
  }

  /** The section of the page about one row: from its heading to the next heading of its level. */
  private static String section(String page, String row) {
    Matcher heading = Pattern.compile("\n### \\d+\\. `" + Pattern.quote(row) + "`\n").matcher(page);
    assertThat(heading.find()).as("heading of %s", row).isTrue();
    int end = page.indexOf("\n### ", heading.end());
    return page.substring(heading.start(), end < 0 ? page.length() : end);
  }

  /** A product team's row: the radar site feeding the product is down. */
  private static final class RadarSiteDown implements Rule {
    private static final RowDefinition DEFINITION = new RowDefinition(RowId.of("radar-site-down"),
        Phase.RESPONSE, List.of(HttpStatus.SERVICE_UNAVAILABLE), "Is the radar site down?",
        "Radar site down", "Try again after Retry-After.", null);

    @Override
    public RowDefinition definition() {
      return DEFINITION;
    }

    @Override
    public Finding evaluate(RuleContext context) {
      return context.outcome() instanceof Outcome.Custom custom && custom.kind().equals("radar-down")
          ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE,
              Evidence.builder().retryAfter(custom.retryAfter()).build())
          : Finding.notApplicable();
    }
  }
}
