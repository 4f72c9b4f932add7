package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.StandardRow;
import org.junit.jupiter.api.Test;

/** What a web page's script gets: identified by its site, refused or throttled without one. */
class BrowserClientsTest {

  private static final String CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"
      + " (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

  private final StatusPolicy policy = Fixtures.policy();

  private static RequestFacts.Builder fromBrowser(String path) {
    return RequestFacts.builder().method("GET").path(path).query(Fixtures.INSIDE)
        .header("User-Agent", CHROME);
  }

  @Test
  void browserScriptsOfTwoSitesCountAsTwoApplications() {
    Identification yr = policy.identify(fromBrowser("/weatherapi/forecast/3.0/compact")
        .header("Origin", "https://www.yr.example").build());
    Identification storm = policy.identify(fromBrowser("/weatherapi/forecast/3.0/compact")
        .header("Referer", "https://storm.example/widget.html").build());
    assertThat(yr.application()).isEqualTo("www.yr.example");
    assertThat(storm.application()).isEqualTo("storm.example");
  }

  @Test
  void aBrowserRequestWithASiteIsServedByAStrictProduct() {
    Decision decision = policy.decide(fromBrowser("/weatherapi/forecast/3.0/compact")
        .header("Origin", "https://www.yr.example").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void aBrowserRequestWithoutOriginOrRefererIsRefusedByAStrictProductAndSaysWhy() {
    Decision decision = policy.decide(fromBrowser("/weatherapi/forecast/3.0/compact")
        .header("Accept", "text/plain").build(), Outcome.data());
    assertThat(decision.status()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(decision.row()).isEqualTo(StandardRow.CLIENT_UNIDENTIFIED.id());
    assertThat(((dev.statuspolicy.decision.Body.ErrorDocument) decision.body()).text())
        .contains("web browser's")
        .contains("neither Origin nor Referer");
  }

  @Test
  void browserSitesAreCountedApartAndABrowserWithoutASiteSharesTheUnidentifiedQuota() {
    QuotaClaim yr = policy.quotaFor(fromBrowser("/weatherapi/legacy/1.0/classic")
        .header("Origin", "https://www.yr.example").build());
    QuotaClaim storm = policy.quotaFor(fromBrowser("/weatherapi/legacy/1.0/classic")
        .header("Origin", "https://storm.example").build());
    QuotaClaim anonymous = policy.quotaFor(fromBrowser("/weatherapi/legacy/1.0/classic").build());
    QuotaClaim generic = policy.quotaFor(RequestFacts.builder().method("GET")
        .target("/weatherapi/legacy/1.0/classic?" + Fixtures.INSIDE).header("User-Agent", "curl/8.0").build());

    assertThat(yr.key()).isNotEqualTo(storm.key());
    assertThat(yr.quota()).isEqualTo(policy.config().identifiedQuota());
    assertThat(anonymous.identified()).isFalse();
    assertThat(anonymous.quota()).isEqualTo(policy.config().unidentifiedQuota());
    assertThat(anonymous.key()).isEqualTo(generic.key());
  }

  @Test
  void aBrowserWithoutASiteIsRefusedWhenTheSharedUnidentifiedQuotaIsSpent() {
    RequestFacts.Builder request = fromBrowser("/weatherapi/legacy/1.0/classic");
    long limit = policy.config().unidentifiedQuota().requests();
    Decision last = policy.decide(Fixtures.counted(policy, request, limit, java.time.Duration.ofSeconds(30))
        .build(), Outcome.data());
    Decision over = policy.decide(Fixtures.counted(policy, fromBrowser("/weatherapi/legacy/1.0/classic"),
        limit + 1, java.time.Duration.ofSeconds(30)).build(), Outcome.data());
    assertThat(last.status()).isEqualTo(HttpStatus.OK);
    assertThat(over.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
  }

  @Test
  void aBrowserRequestWithoutOriginOrRefererPassesALenientProductAsUnidentified() {
    RequestFacts facts = fromBrowser("/weatherapi/legacy/1.0/classic").build();
    assertThat(policy.identify(facts).kind()).isEqualTo(Identification.Kind.BROWSER);
    assertThat(policy.decide(facts, Outcome.data()).status()).isEqualTo(HttpStatus.OK);
  }
}
