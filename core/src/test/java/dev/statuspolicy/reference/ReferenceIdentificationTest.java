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
}
