package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over every combination of the settings that change which status a row yields, the examples
 * the reference shows are decided by their own row, with the status the settings call for, and
 * every standard row the settings allow is reached.
 */
class ReferenceExamplesProperties {

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void everyExampleIsDecidedByItsRowWithTheConfiguredStatus(
      @ForAll @From("retired") HttpStatus retired,
      @ForAll @From("precision") HttpStatus precision,
      @ForAll @From("outside") HttpStatus outside,
      @ForAll ErrorFormat format,
      @ForAll boolean https) {
    StatusPolicyBuilder builder = StatusPolicy.builder()
        .catalog(FullCatalog.catalog(precision, outside))
        .retiredVersionStatus(retired)
        .defaultErrorFormat(format)
        .clock(FullCatalog.CLOCK);
    if (https) {
      builder.requireHttps("api.example.org");
    }
    StatusPolicy policy = builder.build();

    Map<RowId, Example> examples = StatusCodeReference.examples(policy, Map.of());

    assertThat(examples).hasSize(https ? 24 : 23);
    for (Map.Entry<RowId, Example> entry : examples.entrySet()) {
      Decision decision = policy.decide(entry.getValue().request(), entry.getValue().outcome());
      assertThat(decision.row()).isEqualTo(entry.getKey());
      HttpStatus expected = entry.getKey().equals(StandardRow.VERSION_RETIRED.id()) ? retired
          : entry.getKey().equals(StandardRow.COORDINATES_TOO_PRECISE.id()) ? precision
          : entry.getKey().equals(StandardRow.OUTSIDE_COVERAGE.id()) ? outside
          : StandardRow.byId(entry.getKey().value()).definition().status();
      assertThat(decision.status()).as(entry.getKey().value()).isEqualTo(expected);
    }
  }

  @Provide
  Arbitrary<HttpStatus> retired() {
    return Arbitraries.of(HttpStatus.NOT_FOUND, HttpStatus.GONE);
  }

  @Provide
  Arbitrary<HttpStatus> precision() {
    return Arbitraries.of(HttpStatus.FORBIDDEN, HttpStatus.BAD_REQUEST);
  }

  @Provide
  Arbitrary<HttpStatus> outside() {
    return Arbitraries.of(HttpStatus.UNPROCESSABLE_ENTITY, HttpStatus.NOT_FOUND);
  }
}
