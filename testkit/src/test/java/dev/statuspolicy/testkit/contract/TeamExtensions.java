package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.Phase;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.Rule;
import dev.statuspolicy.table.RuleContext;
import dev.statuspolicy.table.StandardRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A radar team's extension, in a sound version and in broken ones that each break one guarantee.
 * The catalog has every lifecycle, a restricted product, a box that crosses the antimeridian and
 * a team parameter type, so that no standard row is left out of the sweep.
 */
public final class TeamExtensions {

  /** The radar team's custom outcome: a radar site is down. */
  public static final String SITE_DOWN = "radar-site-down";

  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T10:30:00Z"), ZoneOffset.UTC);

  private TeamExtensions() {}

  /** A team row, its logic as a function. */
  public record TeamRow(RowDefinition definition, Function<RuleContext, Finding> logic) implements Rule {
    @Override
    public Finding evaluate(RuleContext context) {
      return logic.apply(context);
    }
  }

  public static RowDefinition definition(String id, Phase phase, HttpStatus... statuses) {
    return new RowDefinition(RowId.of(id), phase, List.of(statuses), "Does the radar team's rule " + id + " apply?",
        "Radar rule " + id, "Try again later, or ask the radar team.", null);
  }

  /** A station id: two capitals and three digits. */
  public static final class StationId implements ParameterType {
    private final boolean caseBlind;

    public StationId(boolean caseBlind) {
      this.caseBlind = caseBlind;
    }

    @Override
    public @Nullable String reject(String value) {
      String seen = caseBlind ? value.toUpperCase(java.util.Locale.ROOT) : value;
      return seen.matches("[A-Z]{2}[0-9]{3}") ? null : "is not a station id such as OS123";
    }

    @Override
    public String describe() {
      return "a station id: two capital letters and three digits";
    }

    @Override
    public String pattern() {
      return "[A-Z]{2}[0-9]{3}";
    }

    @Override
    public List<String> examples() {
      return List.of("OS123", "BG001");
    }
  }

  /** The radar product's coverage: the Nordic box, or a shape that breaks at the antimeridian. */
  public static Coverage nordic(boolean breaksAtTheAntimeridian) {
    Coverage box = Coverage.box(54.0, 4.0, 71.5, 31.5);
    if (!breaksAtTheAntimeridian) {
      return box;
    }
    return new Coverage() {
      @Override
      public boolean contains(double latitude, double longitude) {
        if (Math.abs(longitude) > 179.99) {
          throw new IllegalArgumentException("longitude " + longitude + " is off the radar grid");
        }
        return box.contains(latitude, longitude);
      }

      @Override
      public String describe() {
        return box.describe();
      }

      @Override
      public Coverage.Box bounds() {
        return box.bounds();
      }
    };
  }

  public static Catalog catalog(Coverage radarCoverage, ParameterType station) {
    Endpoint composite = Endpoint.of("composite", ParameterSpec.latitude(), ParameterSpec.longitude(),
        ParameterSpec.optional("station", station));
    Product radar = Product.builder("radar")
        .identification(IdentificationMode.STRICT)
        .precision(CoordinatePrecision.fourDecimals())
        .coverage(radarCoverage)
        .version(ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2024, 1, 1), "2.0"), composite))
        .version(ProductVersion.of("2.0", Lifecycle.stable(), composite))
        .version(ProductVersion.of("2.1", Lifecycle.deprecated(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "2.0"), composite))
        .version(ProductVersion.of("3.0", Lifecycle.beta(), composite))
        .currentVersion("2.0")
        .build();
    Product pacific = Product.builder("pacific")
        .coverage(Coverage.box(-30.0, 160.0, 10.0, -150.0))
        .version(ProductVersion.of("1.0", Lifecycle.stable(),
            Endpoint.of("sea", ParameterSpec.latitude(), ParameterSpec.longitude())).withAvailability(
                dev.statuspolicy.catalog.Availability.maintenance(Duration.ofMinutes(10))))
        .version(ProductVersion.of("1.1", Lifecycle.stable(),
            Endpoint.of("sea", ParameterSpec.latitude(), ParameterSpec.longitude())))
        .currentVersion("1.1")
        .build();
    Product archive = Product.builder("archive")
        .access(Access.restricted("weatherapi", "archive"))
        .identification(IdentificationMode.LENIENT)
        .version(ProductVersion.of("1.0", Lifecycle.stable(),
            Endpoint.of("day", ParameterSpec.required("date", ParameterType.date()))))
        .build();
    return Catalog.of(radar, pacific, archive);
  }

  /** The sound radar-site-down row: 503, Retry-After from the outcome, or five minutes. */
  public static Rule siteDown() {
    return new TeamRow(definition("radar-site-down", Phase.RESPONSE, HttpStatus.SERVICE_UNAVAILABLE)
        .withClaims(SITE_DOWN), context -> context.outcome() instanceof Outcome.Custom custom
            && custom.kind().equals(SITE_DOWN)
            ? Finding.fired(HttpStatus.SERVICE_UNAVAILABLE, Evidence.builder()
                .retryAfter(custom.retryAfter() == null ? Duration.ofMinutes(5) : custom.retryAfter()).build())
            : Finding.passed());
  }

  /** A sound admission row: the composite of station SV999 is withdrawn, a 404 with a detail. */
  public static Rule stationWithdrawn() {
    return new TeamRow(definition("station-withdrawn", Phase.ADMISSION, HttpStatus.NOT_FOUND), context -> {
      String station = context.parameters().value("station");
      return "BG001".equals(station)
          ? Finding.fired(HttpStatus.NOT_FOUND, Evidence.of("Station BG001 no longer sends data."))
          : Finding.passed();
    });
  }

  /** The builder of the sound extension, before its rows. */
  public static StatusPolicyBuilder base(Coverage coverage, ParameterType station) {
    return StatusPolicy.builder().catalog(catalog(coverage, station)).clock(CLOCK)
        .problemTypeBase("https://radar.example.org/problems/");
  }

  /** The examples the radar team gives its reference: station-withdrawn answers one station. */
  public static java.util.Map<RowId, dev.statuspolicy.reference.Example> referenceExamples() {
    return java.util.Map.of(RowId.of("station-withdrawn"), dev.statuspolicy.reference.Example.of(
        dev.statuspolicy.request.RequestFacts.builder()
            .target("/weatherapi/radar/2.0/composite?lat=60&lon=10&station=BG001")
            .header("User-Agent", "radar-app/1.0 ops@example.org").build()));
  }

  /**
   * The builder of the radar extension with its two rows in their places, on the given coverage
   * and station type, with the given radar-site-down row.
   */
  public static StatusPolicyBuilder extension(Coverage coverage, ParameterType station, Rule siteDown) {
    return base(coverage, station)
        .insertBefore(StandardRow.BACKEND_TIMEOUT.id(), siteDown)
        .insertAfter(StandardRow.OUTSIDE_COVERAGE.id(), stationWithdrawn());
  }

  /** The builder of the sound extension, to which a broken one adds its defect. */
  public static StatusPolicyBuilder soundBuilder() {
    return extension(nordic(false), new StationId(false), siteDown());
  }

  /** The sound extension. */
  public static StatusPolicy sound() {
    return soundBuilder().build();
  }
}
