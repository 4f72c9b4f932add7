package dev.statuspolicy.examples.nowcast;

import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.reference.Example;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.time.Duration;
import java.util.Map;

/**
 * The Nowcast team's extension, in one place: its product, with the Nordic coverage read from
 * GeoJSON, and its two rows, which {@link #extend} inserts where they belong.
 *
 * <pre>{@code
 * StatusPolicy policy = NowcastTeam.extend(StatusPolicy.builder()
 *     .catalog(Catalog.of(NowcastTeam.product(), otherProducts...))).build();
 * }</pre>
 */
public final class NowcastTeam {

  /** The resource the coverage is read from. */
  public static final String COVERAGE = "/dev/statuspolicy/examples/nowcast/nordic-coverage.geojson";

  private static final Coverage NORDIC = GeoJsonCoverage.resource(COVERAGE);

  private static final Product PRODUCT = Product.builder("nowcast")
      .identification(IdentificationMode.STRICT)
      .precision(CoordinatePrecision.fourDecimals())
      .coverage(NORDIC)
      .version(ProductVersion.of("2.0", Lifecycle.stable(), Endpoint.of("complete",
          ParameterSpec.latitude(), ParameterSpec.longitude(),
          ParameterSpec.optional("altitude", ParameterType.integer(-500, 9000)))))
      .build();

  private NowcastTeam() {}

  /** {@return Nowcast 2.0: endpoint {@code complete}, Norway, Sweden, Finland and Denmark} */
  public static Product product() {
    return PRODUCT;
  }

  /** {@return the Nordic coverage, as read from {@link #COVERAGE}} */
  public static Coverage coverage() {
    return NORDIC;
  }

  /**
   * Returns the examples the team gives the reference for its rows: a Nowcast request for Oslo,
   * with the outcome each row answers.
   *
   * @return the examples, by row
   */
  public static Map<RowId, Example> referenceExamples() {
    RequestFacts oslo = RequestFacts.builder()
        .target("/weatherapi/nowcast/2.0/complete?lat=59.9139&lon=10.7522")
        .header("User-Agent", "AcmeWeather/1.0 support@acme.example")
        .header("Accept", "application/problem+json")
        .build();
    return Map.of(
        RadarSiteDown.ID, Example.of(oslo, new Outcome.Custom(RadarSiteDown.KIND, Duration.ofMinutes(10))),
        RadarCoverageDegraded.ID, Example.of(oslo, new Outcome.Custom(RadarCoverageDegraded.KIND, null)));
  }

  /**
   * Inserts the team's rows: {@code radar-site-down} among the backend faults, before {@code
   * backend-timeout}, and {@code radar-coverage-degraded} among the answers with data, before
   * {@code no-data}. Both come after {@code client-closed-request} and {@code internal-error}, so
   * a client that hung up, or a handler that failed, is answered as always.
   *
   * @param builder the policy's builder, with a catalog holding {@link #product()}
   * @return the builder
   */
  public static StatusPolicyBuilder extend(StatusPolicyBuilder builder) {
    return builder
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), new RadarSiteDown())
        .insertBefore(StandardRow.NO_DATA.id(), new RadarCoverageDegraded());
  }
}
