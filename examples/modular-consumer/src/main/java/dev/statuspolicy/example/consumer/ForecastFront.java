package dev.statuspolicy.example.consumer;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;

/**
 * The smallest host a modular application writes: one product, one request, one decision. It
 * touches the types whose signatures carry JSpecify's annotations (nullable parameters and
 * results), so a descriptor that leaked that module would break this compilation.
 */
public final class ForecastFront {

  private final StatusPolicy policy = StatusPolicy.builder()
      .catalog(Catalog.of(Product.builder("nowcast")
          .coverage(Coverage.box(54.5, 4.5, 71.5, 31.5))
          .version(ProductVersion.of("2.0", Lifecycle.stable(),
              Endpoint.of("complete", ParameterSpec.latitude(), ParameterSpec.longitude())))
          .build()))
      .build();

  /** Creates the front with its one-product policy. */
  public ForecastFront() {}

  /**
   * Decides one GET.
   *
   * @param target the raw request target
   * @param agent the {@code User-Agent}, or null when the request had none
   * @return the decision, for the backend's data
   */
  public Decision get(String target, String agent) {
    RequestFacts facts = RequestFacts.builder()
        .method("GET")
        .target(target)
        .header("User-Agent", agent)
        .build();
    return policy.decide(facts, Outcome.data());
  }
}
