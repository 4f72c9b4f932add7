package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
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
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What holds for any request content at all: bodies that cannot be broken out of, headers that
 * cannot be split, and server faults that never tell their cause. The HTML and JSON are checked
 * by independent parsers (jsoup, Jackson), not by the library's own code.
 */
class ResponseSafetyProperties {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every element and attribute the error page template itself uses. */
  private static final Set<String> TEMPLATE_TAGS = Set.of(
      "html", "head", "meta", "title", "body", "h1", "h2", "p", "ul", "li", "code", "dl", "dt",
      "dd", "a");

  @Property(tries = 1500)
  void noHeaderValueEverHoldsCrLfOrNul(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision decision = POLICY.decide(facts, outcome);
    for (Header header : decision.headers()) {
      assertThat(header.value()).as(header.name())
          .doesNotContain("\r").doesNotContain("\n").doesNotContain("\u0000");
      assertThat(header.value().chars()).as(header.name())
          .allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }
  }

  @Property(tries = 1500)
  void htmlBodiesHoldNoMarkupFromTheRequest(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    Decision decision = POLICY.decide(html(facts), outcome);
    if (!(decision.body() instanceof Body.ErrorDocument document)) {
      return;
    }
    Document page = Jsoup.parse(document.text());
    for (Element element : page.getAllElements()) {
      if (element == page) {
        continue;
      }
      assertThat(TEMPLATE_TAGS).as("element <%s> in %s", element.tagName(), document.text())
          .contains(element.tagName());
      for (Attribute attribute : element.attributes()) {
        assertThat(Set.of("lang", "charset", "href")).as("attribute %s", attribute.getKey())
            .contains(attribute.getKey());
      }
    }
    assertThat(page.select("a").attr("href"))
        .isEqualTo(POLICY.config().problemTypeBase() + decision.row().value());
    assertThat(page.select("h1").text())
        .isEqualTo(decision.status().code() + " " + decision.status().reason());
  }

  @Property(tries = 1500)
  void jsonBodiesParseAndTheirStatusIsTheWireStatus(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) throws Exception {
    Decision decision = POLICY.decide(json(facts), outcome);
    if (!(decision.body() instanceof Body.ErrorDocument document)) {
      return;
    }
    JsonNode problem = JSON.readTree(document.text());
    assertThat(problem.get("status").asInt()).isEqualTo(decision.status().code());
    assertThat(problem.get("type").asText())
        .isEqualTo(POLICY.config().problemTypeBase() + decision.row().value());
    assertThat(problem.get("row").asText()).isEqualTo(decision.header("X-ErrorClass"));
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(document.text()).doesNotContain("<", ">");
    problem.fieldNames().forEachRemaining(name -> assertThat(name)
        .as("RFC 9457 member names: a letter, then letters, digits or _, 3 or more")
        .matches("type|title|status|detail|instance|[A-Za-z][A-Za-z0-9_]{2,}"));
    if (problem.has("instance")) {
      assertThat(java.net.URI.create(problem.get("instance").asText())).isNotNull();
    }
  }

  @Property(tries = 1000)
  void serverFaultsNeverTellTheirCause(
      @ForAll("requests") RequestFacts facts, @ForAll("outcomes") Outcome outcome) {
    for (StatusPolicy policy : List.of(POLICY, THROWING_IN_ADMISSION, THROWING_IN_RESPONSE,
        LEAKING_DETAIL)) {
      for (String accept : List.of("application/json", "text/html", "text/plain")) {
        Decision decision = policy.decide(withAccept(facts, accept), outcome);
        if (decision.status().isServerError() && decision.body() instanceof Body.ErrorDocument doc) {
          assertThat(doc.text())
              .doesNotContain("CANARY")
              .doesNotContain("Exception")
              .doesNotContain("java.")
              .doesNotContain("db-host");
        }
      }
    }
  }

  @Property(tries = 300)
  void aThrowingRowBecomesA500ThatSaysNothingAboutTheThrow(@ForAll("requests") RequestFacts facts) {
    RequestFacts get = facts.toBuilder().method("GET").build();
    Decision decision = THROWING_IN_RESPONSE.decide(get, Outcome.data());
    Decision admitted = POLICY.decide(get, Outcome.data());
    if (admitted.status().isSuccess() || admitted.status() == HttpStatus.NOT_MODIFIED) {
      assertThat(decision.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
      assertThat(decision.header("X-ErrorClass")).isEqualTo("internal-error");
    }
  }

  private static RequestFacts html(RequestFacts facts) {
    return withAccept(facts, "text/html");
  }

  private static RequestFacts json(RequestFacts facts) {
    return withAccept(facts, "application/json");
  }

  private static RequestFacts withAccept(RequestFacts facts, String accept) {
    RequestFacts.Builder builder = RequestFacts.builder()
        .method(facts.method()).path(facts.path()).query(facts.query())
        .requestId(facts.requestId()).credentials(facts.credentials())
        .blocklist(facts.blocklist()).transport(facts.transport()).header("Accept", accept);
    if (facts.quota() != null) {
      builder.quota(facts.quota());
    }
    for (dev.statuspolicy.request.KnownHeader header : dev.statuspolicy.request.KnownHeader.values()) {
      if (header != dev.statuspolicy.request.KnownHeader.ACCEPT) {
        for (String value : facts.values(header)) {
          builder.header(header, value);
        }
      }
    }
    return builder.build();
  }

  @Provide
  Arbitrary<RequestFacts> requests() {
    return RequestArbitraries.requests();
  }

  @Provide
  Arbitrary<Outcome> outcomes() {
    return RequestArbitraries.outcomes();
  }

  /** A product team's row that throws an exception carrying the canary. */
  private record Throwing(RowDefinition definition) implements Rule {
    Throwing(String id, Phase phase) {
      this(new RowDefinition(RowId.of(id), phase, List.of(HttpStatus.SERVICE_UNAVAILABLE),
          "Does it throw?", "Throwing row", "Nothing to do.", null));
    }

    @Override
    public Finding evaluate(RuleContext context) {
      throw new IllegalStateException(RequestArbitraries.CANARY);
    }
  }

  /** A product team's row that fires a 503 and puts the canary in every free-text piece of evidence. */
  private record Leaking(RowDefinition definition) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      return Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder()
          .detail("Radar site failed: " + RequestArbitraries.CANARY)
          .parameterErrors(List.of(new dev.statuspolicy.request.ParameterError(
              "site", RequestArbitraries.CANARY, RequestArbitraries.CANARY)))
          .successor(RequestArbitraries.CANARY, "/" + RequestArbitraries.CANARY.replace(' ', '_'))
          .location("https://db-host-17.internal/" + RequestArbitraries.CANARY.replace(' ', '_'))
          .build());
    }
  }

  private static final StatusPolicy THROWING_IN_ADMISSION = ResponseFixtures.policyBuilder()
      .insertBefore(StandardRow.PRODUCT_UNKNOWN.id(), new Throwing("throws-early", Phase.ADMISSION))
      .build();

  private static final StatusPolicy THROWING_IN_RESPONSE = ResponseFixtures.policyBuilder()
      .insertBefore(StandardRow.NOT_MODIFIED.id(), new Throwing("throws-late", Phase.RESPONSE))
      .build();

  private static final StatusPolicy LEAKING_DETAIL = ResponseFixtures.policyBuilder()
      .insertBefore(StandardRow.NO_DATA.id(), new Leaking(new RowDefinition(RowId.of("radar-down"),
          Phase.RESPONSE, List.of(HttpStatus.SERVICE_UNAVAILABLE), "Is the radar down?",
          "Radar down", "Try again later.", null)))
      .build();
}
