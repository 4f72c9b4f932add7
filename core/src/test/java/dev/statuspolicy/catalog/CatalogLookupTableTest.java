package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Paths that name an endpoint are answered from a table built with the catalog; every other path
 * is taken apart segment by segment. Both must agree on what a path names.
 */
class CatalogLookupTableTest {

  private static final Endpoint COMPACT = Endpoint.of("compact");
  private static final ProductVersion OLD = ProductVersion.of("1.0", Lifecycle.beta(), COMPACT);
  private static final ProductVersion CURRENT = ProductVersion.of("2.0", Lifecycle.stable(), COMPACT,
      Endpoint.of("complete"));
  private static final Product FORECAST = Product.builder("forecast").version(OLD).version(CURRENT).build();
  private static final Catalog CATALOG = Catalog.of(FORECAST, Product.builder("other")
      .version(ProductVersion.of("1", Lifecycle.stable(), COMPACT)).build());

  @Test
  void everyVersionAndTheCurrentOneUnderscoreResolveToTheirTarget() {
    assertThat(CATALOG.resolve("/weatherapi/forecast/1.0/compact"))
        .isEqualTo(new Lookup.Found(new Target(FORECAST, OLD, COMPACT)));
    assertThat(CATALOG.resolve("/weatherapi/forecast/_/compact"))
        .isEqualTo(new Lookup.Found(new Target(FORECAST, CURRENT, COMPACT)));
    assertThat(CATALOG.resolve("/weatherapi/forecast/_/complete"))
        .isEqualTo(CATALOG.resolve("/weatherapi/forecast/2.0/complete"));
  }

  @Test
  void pathsThatAreNotKeysStillSayWhichPartDidNotMatch() {
    assertThat(CATALOG.resolve("/weatherapi/forecast/1.0/complete"))
        .isEqualTo(new Lookup.UnknownEndpoint(FORECAST, OLD, "complete"));
    assertThat(CATALOG.resolve("/weatherapi/forecast/3.0/compact"))
        .isEqualTo(new Lookup.UnknownVersion(FORECAST, "3.0"));
    assertThat(CATALOG.resolve("/weatherapi/forecastx/1.0/compact"))
        .isEqualTo(new Lookup.UnknownProduct("forecastx"));
    assertThat(CATALOG.resolve("/weatherapi/forecast/1.0/compact/")).isInstanceOf(Lookup.NotAnApiPath.class);
    assertThat(CATALOG.resolve("/weatherapi/forecast/1.0")).isInstanceOf(Lookup.NotAnApiPath.class);
    assertThat(CATALOG.resolve("/weather/forecast/1.0/compact")).isInstanceOf(Lookup.NotAnApiPath.class);
  }

  @Test
  void aCatalogAtTheRootAndAnEmptyCatalogResolveToo() {
    Catalog root = Catalog.builder().basePath("").product(FORECAST).build();

    assertThat(root.resolve("/forecast/2.0/compact"))
        .isEqualTo(new Lookup.Found(new Target(FORECAST, CURRENT, COMPACT)));
    assertThat(Catalog.empty().resolve("/weatherapi/forecast/2.0/compact"))
        .isEqualTo(new Lookup.UnknownProduct("forecast"));
  }

  @Test
  void aLargeCatalogFindsItsLastProduct() {
    Catalog.Builder builder = Catalog.builder();
    for (int i = 0; i < 5_000; i++) {
      builder.product(Product.builder("p" + i).version(ProductVersion.of("1", Lifecycle.stable(), COMPACT)).build());
    }
    Catalog large = builder.build();

    assertThat(large.resolve("/weatherapi/p4999/1/compact")).isInstanceOf(Lookup.Found.class)
        .extracting(lookup -> lookup.product().name()).isEqualTo("p4999");
    assertThat(large.resolve("/weatherapi/p5000/1/compact")).isInstanceOf(Lookup.UnknownProduct.class);
  }

  @Test
  void aPathThatNamesAnEndpointIsAnsweredWithTheLookupBuiltWithTheCatalog() {
    Catalog.Builder builder = Catalog.builder();
    for (int i = 0; i < 300; i++) {
      builder.product(Product.builder("p" + i).version(OLD).version(CURRENT).build());
    }
    Catalog large = builder.build();

    for (int i = 0; i < 300; i++) {
      for (String path : List.of("/1.0/compact", "/2.0/compact", "/2.0/complete", "/_/compact", "/_/complete")) {
        String full = "/weatherapi/p" + i + path;
        assertThat(large.resolve(full)).as(full).isInstanceOf(Lookup.Found.class).isSameAs(large.resolve(full));
      }
    }
  }
}
