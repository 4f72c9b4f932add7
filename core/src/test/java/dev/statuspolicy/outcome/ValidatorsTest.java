package dev.statuspolicy.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.request.RequestFacts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@link Validators} accepts can be written: no good 200 becomes a 500 in the header writer. */
class ValidatorsTest {

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  @Test
  void anEtagWithACharacterAHeaderCannotCarryIsRefusedNamingIt() {
    for (String etag : List.of("\"\u00e9\"", "\"a\u2028b\"", "\"\uD800\"", "W/\"\uDC00\"",
        "\"\uD83C\uDF27\"", "\"\u0080\"", "\"\u00ff\"", "\"\u007f\"")) {
      assertThatIllegalArgumentException().as("%s", etag)
          .isThrownBy(() -> new Validators(null, null, etag))
          .withMessageStartingWith("etag ");
    }
  }

  @Test
  void theRefusedEtagIsShownWithItsInvisibleCharactersEscaped() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Validators(null, null, "\"a\u2028b\r\n\""))
        .withMessageEndingWith("was \"a\\u2028b\\u000d\\u000a\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Validators(null, null, "\"a b~\""))
        .withMessageEndingWith("was \"a b~\"");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Validators(null, null, "\"\u007f\u001f\""))
        .withMessageEndingWith("was \"\\u007f\\u001f\"");
  }

  @Test
  void everyVisibleAsciiCharacterButTheQuoteMayBeInAnEtag() {
    for (char c = 0x21; c < 0x7f; c++) {
      if (c != '"') {
        String etag = "\"" + c + "\"";
        assertThat(new Validators(null, null, etag).etag()).isEqualTo(etag);
      }
    }
  }

  @Test
  void aDateAnHttpDateCannotCarryIsRefusedNamingTheValue() {
    for (Instant date : List.of(Instant.MAX, Instant.MIN, FIRST.minusNanos(1), LAST.plusNanos(1),
        Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("0000-06-01T00:00:00Z"))) {
      assertThatIllegalArgumentException().as("%s", date)
          .isThrownBy(() -> new Validators(date, null, null))
          .withMessageStartingWith("lastModified ").withMessageEndingWith(date.toString());
      assertThatIllegalArgumentException().as("%s", date)
          .isThrownBy(() -> new Validators(null, date, null))
          .withMessageStartingWith("expires ").withMessageEndingWith(date.toString());
    }
  }

  @Test
  void theFirstAndLastDatesAnHttpDateCarriesAreAccepted() {
    assertThat(new Validators(FIRST, LAST, null).lastModified()).isEqualTo(FIRST);
    assertThat(new Validators(LAST, FIRST, null).expires()).isEqualTo(FIRST);
  }

  @Test
  void validatorsAtTheEdgesAreServedNotTurnedIntoAServerError() {
    StatusPolicy policy = StatusPolicy.builder()
        .clock(java.time.Clock.fixed(LAST, java.time.ZoneOffset.UTC))
        .catalog(Catalog.of(Product.builder("p")
            .version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e"))).build()))
        .build();
    RequestFacts facts = RequestFacts.builder().target("/weatherapi/p/1/e")
        .header("User-Agent", "AcmeWeather/1.2").build();
    Decision decision = policy.decide(facts, Outcome.data(new Validators(FIRST, LAST, "\"~!\"")));
    assertThat(decision.status()).isEqualTo(HttpStatus.OK);
    assertThat(decision.header("Last-Modified")).isEqualTo("Mon, 01 Jan 0001 00:00:00 GMT");
    assertThat(decision.header("Expires")).isEqualTo("Fri, 31 Dec 9999 23:59:59 GMT");
  }
}
