package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The reference says which quota applies where, and what its headers mean. */
class QuotaReferenceTest {

  private static Product.Builder product(String name) {
    return Product.builder(name).version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e")));
  }

  @Test
  void theReferenceNamesEveryQuotaAndTheProductsThatCountApart() {
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(
            product("plain").build(),
            product("partner").identifiedQuota(new Quota("partner", 5, Duration.ofSeconds(10))).build(),
            product("open").unidentifiedQuota(new Quota("open-anonymous", 2, Duration.ofHours(1))).build(),
            product("both").identifiedQuota(Quota.perSecond("both", 2))
                .unidentifiedQuota(new Quota("both-anonymous", 1, Duration.ofDays(1))).build()))
        .build();
    String page = StatusCodeReference.render(policy);
    assertThat(page)
        .contains("**Quotas.** An application that identifies itself may send 20 requests per"
            + " second (`\"default\"`), counted over all its installs and over every product without"
            + " a quota of its own. Clients that do not identify themselves, where a product lets"
            + " them in, share 10 requests per minute (`\"unidentified\"`) between them.")
        .contains("- partner counts apart: 5 requests per 10 seconds (`\"partner\"`) per application.\n")
        .contains("- open counts apart: 2 requests per hour (`\"open-anonymous\"`) for unidentified"
            + " clients together.\n")
        .contains("- both counts apart: 2 requests per second (`\"both\"`) per application; 1 request"
            + " per day (`\"both-anonymous\"`) for unidentified clients together.\n")
        .doesNotContain("- plain counts apart")
        .contains(" between them.\n\n- partner counts apart", " per application.\n\n- open counts apart",
            " for unidentified clients together.\n\nEach quota is counted in its own window.")
        .contains("Each quota is counted in its own window. A 429 carries `RateLimit-Policy`")
        .doesNotContain("Successful responses (200, 203, 304) carry");
  }

  @Test
  void theVerdictsSayWhoWasCountedInWhichWindow() {
    QuotaClaim anonymous = new QuotaClaim(new Quota("unidentified", 10, Duration.ofMinutes(1)), null);
    QuotaClaim acme = new QuotaClaim(Quota.perSecond("default", 20), "Acme");
    assertThat(ExchangeText.verdicts(RequestFacts.builder()
            .quota(anonymous.usage(11, Duration.ofSeconds(35))).build()))
        .containsExactly("the host counted 11 requests of clients that do not identify themselves in the current"
            + " window of 60 seconds of quota \"unidentified\", which resets in 35 seconds");
    assertThat(ExchangeText.verdicts(RequestFacts.builder()
            .quota(acme.usage(21, Duration.ofMillis(400))).build()))
        .containsExactly("the host counted 21 requests of the application in the current window of 1 second of"
            + " quota \"default\", which resets in 400 ms");
    assertThat(ExchangeText.verdicts(RequestFacts.builder().quotaUnknown().build()))
        .containsExactly("the host's quota store could not count the request");
    assertThat(ExchangeText.verdicts(RequestFacts.builder().build())).as("none given").isEmpty();
  }

  @Test
  void theReferenceSaysWhenSuccessesCarryTheRateLimitFields() {
    String page = StatusCodeReference.render(StatusPolicy.builder()
        .catalog(Catalog.of(product("plain").build())).rateLimitHeadersOnSuccess(true).build());
    assertThat(page).contains("`Retry-After`, equal to `t`. Successful responses (200, 203, 304)"
        + " carry `RateLimit-Policy` and `RateLimit` too, so that clients can pace themselves.");
  }
}
