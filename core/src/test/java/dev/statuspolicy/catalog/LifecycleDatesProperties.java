package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * For any clock and any lifecycle dates, the status follows the dates alone: before a
 * deprecation 200 (304 on a matching validator), from it 203, from the sunset 404; before a
 * retirement 200, from it 404. The clock is the policy's.
 */
class LifecycleDatesProperties {

  private static final Instant NOW = Fixtures.NOW;
  private static final String PATH = "/weatherapi/radar/1.0/compact";

  private static Decision decide(Lifecycle lifecycle, boolean conditional) {
    Product product = Product.builder("radar")
        .version(ProductVersion.of("1.0", lifecycle, Fixtures.compact()))
        .version(ProductVersion.of("2.0", Lifecycle.stable(), Fixtures.compact()))
        .currentVersion("2.0")
        .build();
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(product))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    var facts = Fixtures.get(PATH, Fixtures.INSIDE);
    if (conditional) {
      facts.header("If-None-Match", "\"v1\"");
    }
    return policy.decide(facts.build(), Outcome.data(Fixtures.VALIDATORS));
  }

  @Property(tries = 300)
  void aDeprecationTakesEffectOnItsDateAndEndsOnItsSunset(
      @ForAll @LongRange(min = -100_000, max = 100_000) long deprecatedIn,
      @ForAll @LongRange(min = 0, max = 100_000) long lasting, @ForAll boolean conditional) {
    Instant deprecatedAt = NOW.plus(Duration.ofMinutes(deprecatedIn));
    Instant sunset = deprecatedAt.plus(Duration.ofMinutes(lasting));
    Decision decision = decide(new Lifecycle.Deprecated(deprecatedAt, sunset, "2.0"), conditional);

    HttpStatus expected = NOW.isBefore(deprecatedAt)
        ? (conditional ? HttpStatus.NOT_MODIFIED : HttpStatus.OK)
        : NOW.isBefore(sunset) ? HttpStatus.NON_AUTHORITATIVE_INFORMATION : HttpStatus.NOT_FOUND;
    assertThat(decision.status()).isEqualTo(expected);
    if (expected != HttpStatus.NOT_FOUND) {
      assertThat(decision.header("Deprecation")).isEqualTo("@" + deprecatedAt.getEpochSecond());
      assertThat(decision.header("Sunset")).isNotNull();
    }
  }

  @Property(tries = 200)
  void aRetirementTakesEffectOnItsDate(
      @ForAll @LongRange(min = -100_000, max = 100_000) long retiredIn, @ForAll boolean conditional) {
    Instant retiredAt = NOW.plus(Duration.ofMinutes(retiredIn));
    Decision decision = decide(new Lifecycle.Retired(retiredAt, "2.0"), conditional);

    HttpStatus served = conditional ? HttpStatus.NOT_MODIFIED : HttpStatus.OK;
    assertThat(decision.status()).isEqualTo(NOW.isBefore(retiredAt) ? served : HttpStatus.NOT_FOUND);
    if (NOW.isBefore(retiredAt)) {
      assertThat(decision.header("Sunset")).isNotNull();
      assertThat(decision.header("Deprecation")).isNull();
    }
  }
}
