package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.HttpStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference tells clients how they are identified, from the policy's own settings. */
class ReferenceIdentificationTest {

  private static String section(String page) {
    int start = page.indexOf("\n## Identification\n");
    assertThat(start).as("the page has an Identification section").isPositive();
    return page.substring(start, page.indexOf("\n## ", start + 5));
  }

  @Test
  void theReferenceListsEveryDefaultGenericAgent() {
    String section = section(StatusCodeReference.render(FullCatalog.builder().build()));
    for (String agent : StatusPolicyBuilder.DEFAULT_PROHIBITED_AGENTS) {
      assertThat(section).contains("`" + agent + "`");
    }
    assertThat(section).contains("`Mozilla`", "`Opera`", "Origin", "Referer", "403 (`client-unidentified`)");
  }

  @Test
  void theReferenceShowsThePolicysOwnAgentsAndUnidentifiedQuota() {
    StatusPolicy policy = FullCatalog.builder()
        .prohibitedAgents(List.of("fetchbot"))
        .browserAgents(List.of())
        .build();
    String section = section(StatusCodeReference.render(policy));
    assertThat(section).contains("`fetchbot`").doesNotContain("`okhttp`").doesNotContain("Web pages");
    assertThat(section).contains(dev.statuspolicy.internal.render.QuotaText.limit(
        policy.config().unidentifiedQuota()));
  }

  @Test
  void theForbiddenMeaningDoesNotClaimParametersNeverMatterWhilePrecisionIsAReason() {
    String meaning = StatusMeaning.of(HttpStatus.FORBIDDEN);
    assertThat(meaning).contains("more precise");
    assertThat(meaning).doesNotContain("refused, whatever its parameters");
  }

  @Test
  void theSectionSaysWhyARequestMustNameItsApplicationThenHowEachKindOfClientDoes() {
    String section = section(StatusCodeReference.render(FullCatalog.builder().build()));
    assertThat(section).startsWith("\n## Identification\n\nQuota is counted per application, over all of its"
        + " installs, so each request must say which application sent it:\n\n- **Apps and scripts** name"
        + " themselves in `User-Agent`");
    assertThat(section).contains("its first product is `Mozilla` or `Opera`)");
  }

  @Test
  void onlyAStrictSiteSaysThatAPathNamingNoProductIsRefusedToo() {
    String strict = section(StatusCodeReference.render(FullCatalog.builder().build()));
    String lenient = section(StatusCodeReference.render(FullCatalog.builder()
        .siteIdentification(dev.statuspolicy.catalog.IdentificationMode.LENIENT).build()));
    assertThat(strict).contains("answers 403 (`client-unidentified`), and so does a path that names no product.");
    assertThat(lenient).contains("answers 403 (`client-unidentified`). Other products")
        .doesNotContain("a path that names no product");
  }
}
