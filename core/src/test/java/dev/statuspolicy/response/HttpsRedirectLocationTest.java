package dev.statuspolicy.response;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import org.junit.jupiter.api.Test;

/**
 * The {@code Location} of the HTTPS redirect percent-encodes what a URI may not carry as it is, and
 * keeps the query as long as the whole stays within 4096 characters.
 */
class HttpsRedirectLocationTest {

  private static final String BASE = "https://api.example.org";
  private static final int MAX_LOCATION = 4096;

  private final StatusPolicy policy = ResponseFixtures.policyBuilder().requireHttps("api.example.org").build();

  private String location(String path, String query) {
    Decision decision = policy.decide(RequestFacts.builder().transport(Transport.HTTP).path(path).query(query)
        .build(), Outcome.data());
    return decision.header("Location");
  }

  @Test
  void aSpaceAQuoteAndDeleteAreEncodedWhileVisibleSafeAsciiIsNot() {
    assertThat(location("/a b\"c\u007fd!~", "")).isEqualTo(BASE + "/a%20b%22c%7Fd!~");
  }

  @Test
  void aCharacterIsEncodedAsItsUtf8BytesOnEitherSideOfTheTwoAndThreeByteBoundary() {
    assertThat(location("/\u07ff\u0800", "")).isEqualTo(BASE + "/%DF%BF%E0%A0%80");
  }

  @Test
  void aQueryThatJustFitsIsKept() {
    String path = "/weatherapi/x";
    String query = "q=" + "a".repeat(MAX_LOCATION - BASE.length() - path.length() - 1 - 2);
    assertThat(location(path, query)).hasSize(MAX_LOCATION).isEqualTo(BASE + path + "?" + query);
  }

  @Test
  void aQueryOneCharacterTooLongIsDropped() {
    String path = "/weatherapi/x";
    String query = "q=" + "a".repeat(MAX_LOCATION - BASE.length() - path.length() - 1 - 1);
    assertThat(location(path, query)).isEqualTo(BASE + path);
  }
}
