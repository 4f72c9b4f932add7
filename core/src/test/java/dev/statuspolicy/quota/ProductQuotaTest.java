package dev.statuspolicy.quota;

import static dev.statuspolicy.fixtures.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A product may declare its own quotas; the policy's fill in what it leaves out. */
class ProductQuotaTest {

  private static final Quota PARTNER = new Quota("partner", 5, Duration.ofSeconds(10));
  private static final Quota PARTNER_ANONYMOUS = new Quota("partner-anonymous", 2, Duration.ofMinutes(1));
  private static final String AGENT = "PartnerApp/2.0 ops@partner.example";

  private static Product.Builder product(String name) {
    return Product.builder(name).version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e")));
  }

  private static StatusPolicy policy(FixedWindowCounter counter) {
    return StatusPolicy.builder()
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .catalog(Catalog.of(
            product("partner").identification(IdentificationMode.LENIENT)
                .identifiedQuota(PARTNER).unidentifiedQuota(PARTNER_ANONYMOUS).build(),
            product("plain").identification(IdentificationMode.LENIENT).build()))
        .quotaCounter(counter)
        .build();
  }

  private static RequestFacts get(String product, boolean identified) {
    RequestFacts.Builder builder = RequestFacts.builder().target("/weatherapi/" + product + "/1/e");
    return identified ? builder.header("User-Agent", AGENT).build() : builder.build();
  }

  @Test
  void aProductsOwnQuotaAppliesToItsEndpoints() {
    FixedWindowCounter counter = new FixedWindowCounter(NOW.toEpochMilli());
    StatusPolicy policy = policy(counter);
    for (int request = 1; request <= 5; request++) {
      assertThat(policy.decide(get("partner", true), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    }
    Decision sixth = policy.decide(get("partner", true), Outcome.data());
    assertThat(sixth.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(sixth.header("RateLimit-Policy")).isEqualTo("\"partner\";q=5;w=10");
    assertThat(sixth.header("Retry-After")).isEqualTo("10");
    assertThat(policy.decide(get("plain", true), Outcome.data()).status())
        .as("another product counts under the policy's quota, apart").isEqualTo(HttpStatus.OK);
    assertThat(counter.calls().get(6).quota()).isEqualTo(policy.config().identifiedQuota());
  }

  @Test
  void aProductsOwnUnidentifiedQuotaAppliesToItsUnidentifiedClients() {
    FixedWindowCounter counter = new FixedWindowCounter(NOW.toEpochMilli());
    StatusPolicy policy = policy(counter);
    assertThat(policy.decide(get("partner", false), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    assertThat(policy.decide(get("partner", false), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
    Decision third = policy.decide(get("partner", false), Outcome.data());
    assertThat(third.status()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(third.header("RateLimit-Policy")).isEqualTo("\"partner-anonymous\";q=2;w=60");
    assertThat(policy.decide(get("plain", false), Outcome.data()).status()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void quotaForNamesTheQuotaFromTheIdentificationAndTheProduct() {
    StatusPolicy policy = policy(new FixedWindowCounter(0));
    String application = policy.identify(get("partner", true)).application();
    assertThat(policy.quotaFor(get("partner", true))).isEqualTo(new QuotaClaim(PARTNER, application));
    assertThat(policy.quotaFor(get("partner", false))).isEqualTo(new QuotaClaim(PARTNER_ANONYMOUS, null));
    assertThat(policy.quotaFor(get("plain", true)))
        .isEqualTo(new QuotaClaim(policy.config().identifiedQuota(), application));
    assertThat(policy.quotaFor(get("plain", false)))
        .isEqualTo(new QuotaClaim(policy.config().unidentifiedQuota(), null));
    assertThat(policy.quotaFor(RequestFacts.builder().target("/weatherapi/partner/9/e")
        .header("User-Agent", AGENT).build()).quota())
        .as("an unknown version of the product still names the product").isEqualTo(PARTNER);
    assertThat(policy.quotaFor(RequestFacts.builder().target("/elsewhere").build()).quota())
        .as("a path that names no product: the policy's").isEqualTo(policy.config().unidentifiedQuota());
  }

  @Test
  void theKeyIncludesTheQuotaNameAndEveryUnidentifiedClientSharesOne() {
    QuotaClaim app = new QuotaClaim(PARTNER, "Acme");
    assertThat(app.key()).isEqualTo("partner:Acme");
    assertThat(app.identified()).isTrue();
    assertThat(new QuotaClaim(PARTNER_ANONYMOUS, null).key()).isEqualTo("partner-anonymous");
    assertThat(new QuotaClaim(PARTNER_ANONYMOUS, null).identified()).isFalse();
    assertThat(new QuotaClaim(PARTNER, "Acme").key()).isNotEqualTo(new QuotaClaim(PARTNER_ANONYMOUS, "Acme").key());
    assertThatThrownBy(() -> new QuotaClaim(null, "Acme")).hasMessage("quota");
    assertThatThrownBy(() -> new QuotaClaim(PARTNER, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> new Quota("partner:Acme", 1, Duration.ofSeconds(1)))
        .as("a name never holds the key's separator").hasMessageContaining("name");
  }

  @Test
  void aProductsQuotasAreTheDefaultsUnlessSet() {
    Product plain = product("plain").build();
    assertThat(plain.identifiedQuota()).isNull();
    assertThat(plain.unidentifiedQuota()).isNull();
    assertThatThrownBy(() -> product("p").identifiedQuota(null)).hasMessage("identifiedQuota");
    assertThatThrownBy(() -> product("p").unidentifiedQuota(null)).hasMessage("unidentifiedQuota");
  }

  @Test
  void aProductWhoseUnidentifiedQuotaIsNotLowerIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> product("p").identification(IdentificationMode.LENIENT)
            .identifiedQuota(Quota.perSecond("p", 5))
            .unidentifiedQuota(Quota.perSecond("p-anonymous", 5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("product 'p'").hasMessageContaining("unidentifiedQuota");
  }

  @Test
  void aStrictProductMayHaveAnIdentifiedQuotaBelowTheUnidentifiedOneItNeverApplies() {
    Quota slow = new Quota("slow", 5, Duration.ofMinutes(1));
    Product strict = product("slow").identifiedQuota(slow).build();
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(strict)).build();
    assertThat(policy.quotaFor(get("slow", true)).quota()).isEqualTo(slow);
    assertThat(product("both").identifiedQuota(slow)
        .unidentifiedQuota(Quota.perSecond("both-anonymous", 50)).build().unidentifiedQuota())
        .isEqualTo(Quota.perSecond("both-anonymous", 50));
  }

  @Test
  void aProductQuotaThatClashesWithThePolicysIsRefusedWhenThePolicyIsBuilt() {
    Product lowIdentified = product("low").identification(IdentificationMode.LENIENT)
        .identifiedQuota(new Quota("low", 5, Duration.ofMinutes(1))).build();
    assertThatThrownBy(() -> StatusPolicy.builder().catalog(Catalog.of(lowIdentified)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product 'low': the policy's unidentifiedQuota must allow fewer requests per"
            + " second than its identifiedQuota");
    Product highUnidentified = product("high").identification(IdentificationMode.LENIENT)
        .unidentifiedQuota(Quota.perSecond("high", 50)).build();
    assertThatThrownBy(() -> StatusPolicy.builder().catalog(Catalog.of(highUnidentified)).build())
        .hasMessage("product 'high': its unidentifiedQuota must allow fewer requests per"
            + " second than the policy's identifiedQuota");
  }

  @Test
  void twoDifferentQuotasWithOneNameAreRefusedBecauseANameIsOneCounter() {
    Product sameName = product("p").identifiedQuota(Quota.perSecond("default", 5)).build();
    assertThatThrownBy(() -> StatusPolicy.builder().catalog(Catalog.of(sameName)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("product 'p' identifiedQuota: quota 'default'")
        .hasMessageContaining("identifiedQuota;");
    Product a = product("a").identifiedQuota(PARTNER).build();
    Product b = product("b").identifiedQuota(new Quota("partner", 6, Duration.ofSeconds(10))).build();
    assertThatThrownBy(() -> StatusPolicy.builder().catalog(Catalog.of(a, b)).build())
        .hasMessageContaining("product 'b' identifiedQuota").hasMessageContaining("product 'a' identifiedQuota");
    Product c = product("c").identifiedQuota(PARTNER).build();
    StatusPolicy shared = StatusPolicy.builder().catalog(Catalog.of(a, c)).build();
    assertThat(shared.quotaFor(get("a", true)).key())
        .as("equal quotas under one name share one counter")
        .isEqualTo(shared.quotaFor(get("c", true)).key());
    assertThatThrownBy(() -> StatusPolicy.builder()
            .unidentifiedQuota(new Quota("default", 1, Duration.ofMinutes(1))).build())
        .hasMessageStartingWith("unidentifiedQuota: quota 'default'");
  }

  @Test
  void aProductsUnidentifiedQuotaUnderAnotherQuotasNameIsRefusedToo() {
    Product sameName = product("p").unidentifiedQuota(new Quota("default", 1, Duration.ofMinutes(1))).build();
    assertThatThrownBy(() -> StatusPolicy.builder().catalog(Catalog.of(sameName)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("product 'p' unidentifiedQuota: quota 'default'");
  }
}
