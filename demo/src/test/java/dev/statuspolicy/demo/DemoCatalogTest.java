package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The demo catalog says what the issue asks of it. */
class DemoCatalogTest {

  private static Product product(String name) {
    Product product = DemoCatalog.catalog().product(name);
    assertThat(product).as(name).isNotNull();
    return product;
  }

  @Test
  void theNordicAreaHoldsTheFourCapitalsAndNotTheirNeighbours() {
    Coverage nordic = product("nowcast").coverage();

    assertThat(nordic.contains(59.9139, 10.7522)).as("Oslo").isTrue();
    assertThat(nordic.contains(59.3293, 18.0686)).as("Stockholm").isTrue();
    assertThat(nordic.contains(60.1699, 24.9384)).as("Helsinki").isTrue();
    assertThat(nordic.contains(55.6761, 12.5683)).as("Copenhagen").isTrue();
    assertThat(nordic.contains(69.6492, 18.9553)).as("Tromsø").isTrue();
    assertThat(nordic.contains(52.5200, 13.4050)).as("Berlin").isFalse();
    assertThat(nordic.contains(51.5072, -0.1276)).as("London").isFalse();
    assertThat(nordic.contains(59.4370, 24.7536)).as("Tallinn").isFalse();
  }

  @Test
  void theOceanAreaIsTheNorthWestEuropeanSeas() {
    Coverage seas = product("oceanforecast").coverage();

    assertThat(seas.contains(60.0, 3.0)).as("North Sea").isTrue();
    assertThat(seas.contains(74.0, 15.0)).as("Barents Sea, off Svalbard").isTrue();
    assertThat(seas.contains(36.0, -5.6)).as("Strait of Gibraltar").isFalse();
    assertThat(seas.contains(40.0, -70.0)).as("off New York").isFalse();
  }

  @Test
  void lifecyclesFollowMetsHistory() {
    assertThat(product("locationforecast").version("1.9").lifecycle())
        .isEqualTo(new Lifecycle.Retired(Instant.parse("2021-03-01T00:00:00Z"), "2.0"));
    assertThat(product("locationforecast").currentVersion()).isEqualTo("2.0");
    assertThat(product("sunrise").currentVersion()).isEqualTo("3.0");
    assertThat(product("sunrise").version("3.0").lifecycle()).isInstanceOf(Lifecycle.Beta.class);
  }

  @Test
  void sunrise20IsStillServedBothAtTheDocsInstantAndToday() {
    Lifecycle.Deprecated deprecated =
        (Lifecycle.Deprecated) product("sunrise").version("2.0").lifecycle();

    assertThat(deprecated.sunset()).isAfter(DemoCatalog.DOCS_INSTANT);
    assertThat(deprecated.sunset())
        .as("sunrise/2.0 has passed its sunset: move the demo's date, then regenerate the docs")
        .isAfter(Instant.now());
  }
}
