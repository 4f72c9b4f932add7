package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.internal.parse.QueryParser;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's allocation-free lists and maps (a trace read from packed verdicts, query values
 * over an array) keep the contracts of the JDK collections they replace.
 */
class CompactCollectionsTest {

  private static final Endpoint ENDPOINT = Endpoint.of("complete", ParameterSpec.latitude(),
      ParameterSpec.longitude(), ParameterSpec.optional("altitude", ParameterType.integer(0, 10)));

  @Test
  void aTraceReadFromPackedVerdictsEqualsItsCopyAndCannotChange() {
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(Product.builder("p")
        .version(ProductVersion.of("1", Lifecycle.stable(), ENDPOINT)).build())).build();
    RequestFacts facts = RequestFacts.builder().target("/weatherapi/p/1/complete?lat=1&lon=2")
        .header("User-Agent", "Acme/1").build();

    Decision decision = policy.decide(facts, Outcome.data());
    List<Trace.Entry> entries = decision.trace().entries();
    List<Trace.Entry> copy = new ArrayList<>(entries);

    assertThat(entries).hasSize(policy.table().size()).isEqualTo(copy).hasSameHashCodeAs(copy);
    assertThat(entries.toString()).isEqualTo(copy.toString());
    assertThat(decision.trace()).isEqualTo(new Trace(copy));
    assertThat(entries.get(entries.size() - 1).verdict()).isEqualTo(Trace.Verdict.FIRED);
    assertThatThrownBy(() -> entries.add(copy.get(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> entries.get(entries.size())).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void answeringOneAdmissionTwiceLeavesTheFirstDecisionsTraceAsItWas() {
    StatusPolicy policy = StatusPolicy.builder().catalog(Catalog.of(Product.builder("p")
        .version(ProductVersion.of("1", Lifecycle.stable(), ENDPOINT)).build())).build();
    RequestFacts facts = RequestFacts.builder().target("/weatherapi/p/1/complete?lat=1&lon=2")
        .header("User-Agent", "Acme/1").build();
    var admission = policy.admit(facts);

    Decision timedOut = policy.respond(admission, Outcome.timedOut());
    List<Trace.Entry> before = new ArrayList<>(timedOut.trace().entries());
    Decision ok = policy.respond(admission, Outcome.data());

    assertThat(timedOut.trace().entries()).isEqualTo(before);
    assertThat(ok.trace().entries()).hasSizeGreaterThan(before.size());
  }

  @Test
  void aTableOfMoreThan32RowsKeepsEveryVerdictAndEachAnswerItsOwnTrace() {
    StatusPolicyBuilder builder = StatusPolicy.builder().catalog(Catalog.of(Product.builder("p")
        .version(ProductVersion.of("1", Lifecycle.stable(), ENDPOINT)).build()));
    for (int i = 0; i < 12; i++) {
      boolean applies = i % 2 == 0;
      builder.insertBefore(RowId.of("ok"), rule("extra-" + i, Phase.RESPONSE, applies));
      builder.insertBefore(RowId.of("client-blocked"), rule("early-" + i, Phase.ADMISSION, applies));
    }
    StatusPolicy policy = builder.build();
    RequestFacts facts = RequestFacts.builder().target("/weatherapi/p/1/complete?lat=1&lon=2")
        .header("User-Agent", "Acme/1").build();
    var admission = policy.admit(facts);

    Decision timedOut = policy.respond(admission, Outcome.timedOut());
    List<Trace.Entry> before = new ArrayList<>(timedOut.trace().entries());
    Decision ok = policy.respond(admission, Outcome.data());

    assertThat(policy.table()).hasSizeGreaterThan(32);
    assertThat(timedOut.trace().entries()).isEqualTo(before);
    assertThat(ok.trace().entries()).hasSize(policy.table().size());
    for (int i = 0; i < policy.table().size(); i++) {
      String id = policy.table().get(i).id().value();
      Trace.Verdict verdict = ok.trace().entries().get(i).verdict();
      assertThat(ok.trace().entries().get(i).row().value()).isEqualTo(id);
      if (id.startsWith("extra-") || id.startsWith("early-")) {
        int n = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        assertThat(verdict).as(id).isEqualTo(n % 2 == 0 ? Trace.Verdict.PASSED : Trace.Verdict.NOT_APPLICABLE);
      }
    }
    assertThat(ok.trace().verdictOf(RowId.of("ok"))).isEqualTo(Trace.Verdict.FIRED);
  }

  private static Rule rule(String id, Phase phase, boolean applies) {
    RowDefinition definition = new RowDefinition(RowId.of(id), phase, List.of(HttpStatus.SERVICE_UNAVAILABLE),
        "Is this a test row?", "Test row", "Nothing to do.", null);
    return new Rule() {
      @Override
      public RowDefinition definition() {
        return definition;
      }

      @Override
      public Finding evaluate(RuleContext context) {
        return applies ? Finding.passed() : Finding.notApplicable();
      }
    };
  }

  @Test
  void queryValuesBehaveAsAnImmutableMapInDeclarationOrder() {
    Parameters parameters = QueryParser.parse("altitude=3&lon=2&lat=1", ENDPOINT);
    Map<String, String> values = parameters.values();
    Map<String, String> copy = new HashMap<>(values);

    assertThat(values).isEqualTo(copy).hasSameHashCodeAs(copy).hasSize(3);
    assertThat(values.keySet()).containsExactly("lat", "lon", "altitude");
    assertThat(values.get("nope")).isNull();
    assertThat(parameters).isEqualTo(new Parameters(copy, List.of()));
    assertThatThrownBy(() -> values.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> values.get(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aMissingOrRejectedValueIsNotInTheMap() {
    Parameters parameters = QueryParser.parse("lat=1&altitude=99", ENDPOINT);

    assertThat(parameters.values()).containsOnlyKeys("lat").hasSize(1);
    assertThat(parameters.values().containsKey("altitude")).isFalse();
  }
}
