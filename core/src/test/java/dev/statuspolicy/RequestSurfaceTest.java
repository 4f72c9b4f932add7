package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.StandardRow;
import org.junit.jupiter.api.Test;

/** What hosts and team rows read from the policy: admissions, identification, redirects. */
class RequestSurfaceTest {

  private final StatusPolicy policy = Fixtures.policy();

  @Test
  void anAdmittedRequestExposesItsTargetParametersAndFacts() {
    RequestFacts facts = Fixtures.fine().build();
    Admission.Admitted admitted = (Admission.Admitted) policy.admit(facts);
    assertThat(admitted.target().product().name()).isEqualTo("forecast");
    assertThat(admitted.parameters().value("lat")).isEqualTo("60.1");
    assertThat(admitted.facts()).isSameAs(facts);
    assertThat(admitted.toString()).contains("/weatherapi/forecast/3.0/compact");
  }

  @Test
  void identifyReadsTheApplicationKeyForRateLimiters() {
    assertThat(policy.identify(Fixtures.fine().build()))
        .isEqualTo(new Identification(Identification.Kind.AGENT, "AcmeWeather"));
    assertThat(policy.identify(RequestFacts.builder().build()).kind()).isEqualTo(Identification.Kind.MISSING);
  }

  @Test
  void responseRowsSeeTheSameRequestAsAdmissionRows() {
    String[] seen = new String[4];
    ExtensionRowsTest.TeamRow spy = new ExtensionRowsTest.TeamRow(
        ExtensionRowsTest.definition("spy", Phase.RESPONSE, HttpStatus.BAD_GATEWAY), context -> {
          seen[0] = context.lookup().product().name();
          seen[1] = context.identification().application();
          seen[2] = context.parameters().value("lon");
          seen[3] = context.target().endpoint().name() + " " + context.now() + " " + context.facts().method()
              + " " + context.config().httpsRequired();
          return Finding.passed();
        });
    StatusPolicy spied = Fixtures.builder().insertBefore(StandardRow.OK.id(), spy).build();
    assertThat(spied.decide(Fixtures.fine().build(), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    assertThat(seen).containsExactly("forecast", "AcmeWeather", "10.7", "compact " + Fixtures.NOW + " GET false");
  }

  @Test
  void theRedirectKeepsPathAndQueryAndEncodesWhatIsUnsafe() {
    StatusPolicy https = Fixtures.httpsPolicy();
    Decision decision = https.decide(RequestFacts.builder().transport(Transport.HTTP)
        .path("weatherapi/Tromsø <x>").query("q=a b\"{}").build(), Outcome.data());
    assertThat(decision.header("Location"))
        .isEqualTo("https://api.example.org/weatherapi/Troms%C3%B8%20%3Cx%3E?q=a%20b%22%7B%7D");
    Decision noQuery = https.decide(RequestFacts.builder().transport(Transport.HTTP).path("/a").build(), Outcome.data());
    assertThat(noQuery.header("Location")).isEqualTo("https://api.example.org/a");
    Decision secure = https.decide(Fixtures.fine().build(), Outcome.data());
    assertThat(secure.trace().verdictOf(StandardRow.HTTPS_REQUIRED.id())).isEqualTo(dev.statuspolicy.decision.Trace.Verdict.PASSED);
    assertThat(policy.decide(Fixtures.fine().transport(Transport.HTTP).build(), Outcome.data()).status())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anOverlongRedirectDropsTheQueryThenThePath() {
    StatusPolicy https = Fixtures.httpsPolicy();
    String longQuery = "q=" + "x".repeat(5_000);
    Decision dropQuery = https.decide(RequestFacts.builder().transport(Transport.HTTP).path("/a")
        .query(longQuery).build(), Outcome.data());
    assertThat(dropQuery.header("Location")).isEqualTo("https://api.example.org/a");
    Decision dropPath = https.decide(RequestFacts.builder().transport(Transport.HTTP).path("/" + "p".repeat(5_000))
        .query("q=1").build(), Outcome.data());
    assertThat(dropPath.header("Location")).isEqualTo("https://api.example.org/");
    String fits = "/" + "p".repeat(4096 - "https://api.example.org/".length());
    Decision exact = https.decide(RequestFacts.builder().transport(Transport.HTTP).path(fits).build(), Outcome.data());
    assertThat(exact.header("Location")).hasSize(4096).endsWith("p");
  }

  @Test
  void aLocationOutsideTheGlobesRangeIsNotAskedAboutCoverage() {
    // a product whose lat type is wider than the globe: the coverage row leaves such points alone
    Product wide = Product.builder("wide").coverage(Coverage.box(0, 0, 10, 10))
        .version(ProductVersion.of("1.0", Lifecycle.stable(), Endpoint.of("e",
            ParameterSpec.required("lat", ParameterType.decimal(-1000, 1000)),
            ParameterSpec.required("lon", ParameterType.decimal(-1000, 1000)))))
        .build();
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(wide)).clock(Fixtures.CLOCK).build();
    for (String query : new String[] {"lat=95&lon=5", "lat=-95&lon=5", "lat=5&lon=185", "lat=5&lon=-185"}) {
      Decision decision = policy.decide(Fixtures.get("/weatherapi/wide/1.0/e", query).build(), Outcome.data());
      assertThat(decision.status()).as(query).isEqualTo(HttpStatus.OK);
    }
    for (String query : new String[] {"lat=90&lon=5", "lat=-90&lon=5", "lat=5&lon=180", "lat=5&lon=-180"}) {
      Decision decision = policy.decide(Fixtures.get("/weatherapi/wide/1.0/e", query).build(), Outcome.data());
      assertThat(decision.status()).as(query).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }
    assertThat(policy.decide(Fixtures.get("/weatherapi/wide/1.0/e", "lat=5&lon=5").build(), Outcome.data())
        .status()).isEqualTo(HttpStatus.OK);
    assertThat(Evidence.NONE.location()).isNull();
  }
}
