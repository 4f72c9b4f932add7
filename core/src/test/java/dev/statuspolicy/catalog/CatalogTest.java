package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.fixtures.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving paths, and the validation of products, versions and endpoints. */
class CatalogTest {

  private final Catalog catalog = Fixtures.catalog();

  @Test
  void aFullPathResolvesToItsTarget() {
    Lookup lookup = catalog.resolve("/weatherapi/forecast/3.0/compact");
    assertThat(lookup).isInstanceOf(Lookup.Found.class);
    Target target = ((Lookup.Found) lookup).target();
    assertThat(target.product().name()).isEqualTo("forecast");
    assertThat(target.version().version()).isEqualTo("3.0");
    assertThat(target.endpoint().name()).isEqualTo("compact");
    assertThat(lookup.product()).isSameAs(target.product());
  }

  @Test
  void underscoreResolvesToTheCurrentVersion() {
    Lookup lookup = catalog.resolve("/weatherapi/forecast/_/compact");
    assertThat(((Lookup.Found) lookup).target().version().version()).isEqualTo("3.0");
  }

  @Test
  void eachMissingPartIsNamed() {
    assertThat(catalog.resolve("/weatherapi/nosuch/1.0/compact"))
        .isEqualTo(new Lookup.UnknownProduct("nosuch"));
    Lookup version = catalog.resolve("/weatherapi/forecast/9.9/compact");
    assertThat(version).isInstanceOf(Lookup.UnknownVersion.class);
    assertThat(((Lookup.UnknownVersion) version).version()).isEqualTo("9.9");
    assertThat(version.product().name()).isEqualTo("forecast");
    Lookup endpoint = catalog.resolve("/weatherapi/forecast/3.0/available");
    assertThat(endpoint).isInstanceOf(Lookup.UnknownEndpoint.class);
    assertThat(((Lookup.UnknownEndpoint) endpoint).endpoint()).isEqualTo("available");
    assertThat(endpoint.product().name()).isEqualTo("forecast");
    assertThat(catalog.resolve("/weatherapi/nosuch/1.0/compact").product()).isNull();
  }

  @Test
  void pathsOfAnotherShapeAreNotApiPaths() {
    for (String path : List.of("", "/", "/weatherapi", "/weatherapi/", "/weatherapi/forecast",
        "/weatherapi/forecast/3.0", "/weatherapi/forecast/3.0/compact/", "/weatherapi/forecast/3.0/compact/x",
        "/weatherapiX/forecast/3.0/compact", "weatherapi/forecast/3.0/compact", "/other/forecast/3.0/compact")) {
      assertThat(catalog.resolve(path)).as(path).isInstanceOf(Lookup.NotAnApiPath.class);
      assertThat(catalog.resolve(path).product()).isNull();
    }
    assertThat(catalog.resolve("/weatherapi//3.0/compact")).isEqualTo(new Lookup.UnknownProduct(""));
  }

  @Test
  void aCatalogMayLiveAtTheRoot() {
    Catalog root = Catalog.builder().basePath("").product(catalog.product("nowcast")).build();
    assertThat(root.basePath()).isEmpty();
    assertThat(root.resolve("/nowcast/2.0/compact")).isInstanceOf(Lookup.Found.class);
    assertThat(root.resolve("/weatherapi/nowcast/2.0/compact")).isInstanceOf(Lookup.NotAnApiPath.class);
  }

  @Test
  void theCatalogKeepsItsProductsInOrder() {
    assertThat(catalog.products()).extracting(Product::name)
        .containsExactly("forecast", "nowcast", "legacy", "satellite", "radar");
    assertThat(catalog.product("legacy").identification()).isEqualTo(IdentificationMode.LENIENT);
    assertThat(catalog.product("nosuch")).isNull();
    assertThat(Catalog.empty().products()).isEmpty();
    assertThat(Catalog.empty().basePath()).isEqualTo(Catalog.DEFAULT_BASE_PATH);
  }

  @Test
  void invalidCatalogsAreRefused() {
    Product nowcast = catalog.product("nowcast");
    assertThatThrownBy(() -> Catalog.of(nowcast, nowcast)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowcast");
    assertThatThrownBy(() -> Catalog.builder().basePath("weatherapi")).hasMessageContaining("basePath");
    assertThatThrownBy(() -> Catalog.builder().basePath("/weatherapi/")).hasMessageContaining("basePath");
  }

  @Test
  void aProductNeedsValidSegmentsAndVersions() {
    Endpoint compact = Fixtures.compact();
    assertThatThrownBy(() -> Product.builder("forecast").build()).hasMessageContaining("at least one version");
    assertThatThrownBy(() -> Product.builder("fore/cast").version(ProductVersion.of("1.0", Lifecycle.stable())).build())
        .hasMessageContaining("product name");
    assertThatThrownBy(() -> Product.builder("x").version(ProductVersion.of("1.0", Lifecycle.stable()))
        .version(ProductVersion.of("1.0", Lifecycle.beta())).build()).hasMessageContaining("twice");
    assertThatThrownBy(() -> Product.builder("x").version(ProductVersion.of("1.0", Lifecycle.stable()))
        .currentVersion("2.0").build()).hasMessageContaining("2.0");
    assertThatThrownBy(() -> ProductVersion.of("_", Lifecycle.stable())).hasMessageContaining("reserved");
    assertThatThrownBy(() -> ProductVersion.of("1 0", Lifecycle.stable())).hasMessageContaining("version");
    assertThatThrownBy(() -> ProductVersion.of("1.0", Lifecycle.stable(), compact, compact))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> Endpoint.of("c", ParameterSpec.latitude(), ParameterSpec.latitude()))
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> compact.withOutsideCoverage(HttpStatus.BAD_REQUEST)).hasMessageContaining("422 or 404");
    for (String bad : List.of("", "a?b", "a#b", "a%20", "a b", "\u0000", "a\u007fb", "é")) {
      assertThatThrownBy(() -> Endpoint.of(bad)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void theDefaultCurrentVersionIsTheLastStableElseTheLastLiveAndNeverRetired() {
    ProductVersion retired = ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2020, 1, 1), null));
    ProductVersion stable = ProductVersion.of("2.0", Lifecycle.stable());
    ProductVersion beta = ProductVersion.of("3.0", Lifecycle.beta());
    ProductVersion deprecated = ProductVersion.of("1.5",
        Lifecycle.deprecated(LocalDate.of(2020, 1, 1), LocalDate.of(2030, 1, 1), "3.0"));
    assertThat(Product.builder("a").version(retired).version(stable).version(beta).build().currentVersion())
        .isEqualTo("2.0");
    assertThat(Product.builder("b").version(deprecated).version(beta).version(retired).build().currentVersion())
        .isEqualTo("3.0");
    // a product whose versions are all retired has no version '_' could name
    assertThatThrownBy(() -> Product.builder("c").version(retired).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currentVersion");
    Product product = Product.builder("d").version(stable).version(beta).currentVersion("3.0").build();
    assertThat(product.version("_")).isSameAs(beta);
    assertThat(product.version("9.9")).isNull();
  }

  @Test
  void productDefaultsAreThoseDocumented() {
    Product product = Product.builder("p").version(ProductVersion.of("1.0", Lifecycle.stable())).build();
    assertThat(product.access()).isEqualTo(Access.open());
    assertThat(product.identification()).isEqualTo(IdentificationMode.STRICT);
    assertThat(product.coverage()).isSameAs(Coverage.globe());
    assertThat(product.precision()).isEqualTo(CoordinatePrecision.notEnforced());
    assertThat(product.emptyResult()).isEqualTo(EmptyResult.NO_DATA);
    assertThat(product.versions().get(0).availability()).isEqualTo(Availability.operational());
  }

  @Test
  void lifecycleAndAvailabilityValuesAreChecked() {
    assertThatThrownBy(() -> Lifecycle.deprecated(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), null))
        .hasMessageContaining("sunset");
    Lifecycle.Deprecated sameDay =
        Lifecycle.deprecated(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1), null);
    assertThat(sameDay.sunset()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
    assertThat(((Lifecycle.Retired) Lifecycle.retired(LocalDate.of(2021, 3, 1), "2.0")).retiredAt())
        .isEqualTo(Instant.parse("2021-03-01T00:00:00Z"));
    assertThatThrownBy(() -> Availability.maintenance(Duration.ofSeconds(-1))).hasMessageContaining("retryAfter");
    assertThat(((Availability.Maintenance) Availability.maintenance()).retryAfter()).isNull();
    assertThat(Availability.notConfigured()).isInstanceOf(Availability.NotConfigured.class);
    assertThatThrownBy(() -> Access.restricted("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Access.restricted("realm", "a\r\nb")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void coordinatePrecisionIsCheckedAndDefaultsToNotEnforced() {
    assertThat(CoordinatePrecision.notEnforced().enforced()).isFalse();
    assertThat(CoordinatePrecision.fourDecimals()).isEqualTo(new CoordinatePrecision(4, HttpStatus.FORBIDDEN, true));
    assertThat(CoordinatePrecision.enforced(0, HttpStatus.BAD_REQUEST).maxDecimals()).isZero();
    assertThatThrownBy(() -> CoordinatePrecision.enforced(-1, HttpStatus.FORBIDDEN)).hasMessageContaining("maxDecimals");
    assertThatThrownBy(() -> CoordinatePrecision.enforced(4, HttpStatus.NOT_FOUND)).hasMessageContaining("403 or 400");
  }

  @Test
  void anEndpointTakesALocationOnlyWithBothLatAndLon() {
    assertThat(Fixtures.compact().takesLocation()).isTrue();
    assertThat(Endpoint.of("x", ParameterSpec.latitude()).takesLocation()).isFalse();
    assertThat(Endpoint.of("x", ParameterSpec.longitude()).takesLocation()).isFalse();
    assertThat(Endpoint.of("x").takesLocation()).isFalse();
    assertThat(Fixtures.compact().parameter("altitude")).isNotNull();
    assertThat(Fixtures.compact().parameter("height")).isNull();
    assertThat(Fixtures.compact().outsideCoverage()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
  }
}
