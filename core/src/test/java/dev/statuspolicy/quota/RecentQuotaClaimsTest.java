package dev.statuspolicy.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.request.RequestFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claims are remembered across requests (and across policies, by the identity of their quota):
 * requests of one application get the same claim object, the unidentified ones share one, and a
 * remembered claim is never handed to another application or to a policy with another quota,
 * however the requests alternate or crowd the memory.
 */
class RecentQuotaClaimsTest {

  private static final String PATH = "/weatherapi/forecast/3.0/compact";

  private static RequestFacts agent(String agent) {
    return RequestFacts.builder().target(PATH + "?" + Fixtures.INSIDE).header("User-Agent", agent).build();
  }

  @Test
  void requestsOfOneApplicationGetOneClaimObject() {
    StatusPolicy policy = Fixtures.policy();
    QuotaClaim first = policy.quotaFor(agent("AcmeWeather/1.0"));
    QuotaClaim other = policy.quotaFor(agent("AcmeWeather/2.0 okhttp/4.9.3"));
    assertThat(first).isEqualTo(new QuotaClaim(policy.config().identifiedQuota(), "AcmeWeather"));
    assertThat(other).isSameAs(first);
    assertThat(policy.quotaFor(agent("AcmeWeather/1.0"))).isSameAs(first);
  }

  @Test
  void unidentifiedRequestsShareOneClaim() {
    StatusPolicy policy = Fixtures.policy();
    QuotaClaim missing = policy.quotaFor(RequestFacts.builder().target(PATH).build());
    assertThat(missing).isEqualTo(new QuotaClaim(policy.config().unidentifiedQuota(), null));
    for (String agent : List.of("", "  ", "curl/8.4.0", "Mozilla/5.0 (X11; Linux x86_64)")) {
      assertThat(policy.quotaFor(agent(agent))).as("'%s'", agent).isSameAs(missing);
    }
  }

  @Test
  void policiesWithOtherQuotasNeverGetEachOthersClaims() {
    Quota slow = new Quota("default", 5, Duration.ofSeconds(1));
    Quota fast = new Quota("default", 50, Duration.ofSeconds(1));
    Quota anonymous = new Quota("anonymous", 1, Duration.ofMinutes(1));
    StatusPolicy one = Fixtures.builder().identifiedQuota(slow).build();
    StatusPolicy two = Fixtures.builder().identifiedQuota(fast).build();
    StatusPolicy three = Fixtures.builder().unidentifiedQuota(anonymous).build();
    StatusPolicy plain = Fixtures.policy();
    RequestFacts acme = agent("AcmeWeather/1.0");
    RequestFacts nobody = RequestFacts.builder().target(PATH).build();
    for (int round = 0; round < 3; round++) {
      assertThat(one.quotaFor(acme)).isEqualTo(new QuotaClaim(slow, "AcmeWeather"));
      assertThat(two.quotaFor(acme)).isEqualTo(new QuotaClaim(fast, "AcmeWeather"));
      assertThat(three.quotaFor(nobody)).isEqualTo(new QuotaClaim(anonymous, null));
      assertThat(plain.quotaFor(nobody)).isEqualTo(new QuotaClaim(plain.config().unidentifiedQuota(), null));
      assertThat(plain.quotaFor(acme)).isEqualTo(new QuotaClaim(plain.config().identifiedQuota(), "AcmeWeather"));
    }
  }

  @Test
  void moreQuotasThanTheMemoryHoldsEachKeepTheirOwnClaimForOneApplication() {
    // more products with quotas of their own than there are slots: some quotas share a slot
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      products.add(Product.builder("p" + i).identifiedQuota(Quota.perSecond("q" + i, 100 + i))
          .version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e"))).build());
    }
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(products.toArray(new Product[0]))).build();
    for (int round = 0; round < 2; round++) {
      for (Product product : products) {
        RequestFacts facts = RequestFacts.builder().target("/weatherapi/" + product.name() + "/1/e")
            .header("User-Agent", "AcmeWeather/1.0").build();
        assertThat(policy.quotaFor(facts)).as("%s, round %s", product.name(), round)
            .isEqualTo(new QuotaClaim(product.identifiedQuota(), "AcmeWeather"));
      }
    }
  }

  @Test
  void manyApplicationsInTurnEachKeepTheirOwnClaim() {
    StatusPolicy policy = Fixtures.policy();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 600; i++) {
        String application = "App" + i;
        QuotaClaim claim = policy.quotaFor(agent(application + "/1.0"));
        assertThat(claim.application()).isEqualTo(application);
        assertThat(claim.quota()).isSameAs(policy.config().identifiedQuota());
        assertThat(policy.quotaFor(agent(application + "/2.0"))).isSameAs(claim);
      }
    }
  }
}
