package dev.statuspolicy.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.request.RequestFacts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any {@link Validators} that constructs can be written: the decision is never internal-error. */
class ValidatorsProperties {

  private static final StatusPolicy POLICY = StatusPolicy.builder()
      .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
      .catalog(Catalog.of(Product.builder("p")
          .version(ProductVersion.of("1", Lifecycle.stable(), Endpoint.of("e")))
          .version(ProductVersion.of("2", Lifecycle.beta(), Endpoint.of("e")))
          .build()))
      .build();

  @Property(tries = 3000)
  void anyValidatorsThatConstructCanBeWritten(@ForAll("dates") Instant lastModified,
      @ForAll("dates") Instant expires, @ForAll("etags") String etag,
      @ForAll("conditions") String noneMatch) {
    Validators validators;
    try {
      validators = new Validators(lastModified, expires, etag);
    } catch (IllegalArgumentException refused) {
      return;
    }
    for (String target : new String[] {"/weatherapi/p/1/e", "/weatherapi/p/2/e"}) {
      RequestFacts facts = RequestFacts.builder().target(target)
          .header("User-Agent", "AcmeWeather/1.2").header("If-None-Match", noneMatch).build();
      Decision decision = POLICY.decide(facts, Outcome.data(validators));
      assertThat(decision.row().value()).as("%s", validators).isIn("ok", "not-modified", "version-beta");
      assertThat(decision.header("ETag")).isEqualTo(etag);
    }
  }

  @Provide
  Arbitrary<Instant> dates() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
            .map(Instant::ofEpochSecond),
        Arbitraries.longs().between(-62_200_000_000L, 253_500_000_000L).map(Instant::ofEpochSecond),
        Arbitraries.of(Instant.MIN, Instant.MAX, Instant.EPOCH));
  }

  @Provide
  Arbitrary<String> etags() {
    Arbitrary<String> opaque = Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(8),
        Arbitraries.strings().withCharRange((char) 0x20, (char) 0x7f).ofMaxLength(8),
        Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(3),
        Arbitraries.of("\u00e9", "\u2028", "\uD83C\uDF27", "v42"));
    return Arbitraries.oneOf(opaque.map(o -> "\"" + o + "\""), opaque.map(o -> "W/\"" + o + "\""));
  }

  @Provide
  Arbitrary<String> conditions() {
    return Arbitraries.of("*", "\"v42\"").injectNull(0.5);
  }
}
