package dev.statuspolicy.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A path found recently is answered by a full comparison instead of a hash of the path. Paths
 * that share the cheap hash (same length, same last two and middle characters) must each still
 * resolve to their own target, in any order, and a path that only looks like a remembered one
 * must not be taken for it.
 */
class RecentPathsTest {

  private static final Endpoint COMPLETE = Endpoint.of("complete");

  private static Product product(String name) {
    return Product.builder(name).version(ProductVersion.of("1.0", Lifecycle.stable(), COMPLETE)).build();
  }

  @Test
  void productsThatCollideOnTheCheapHashEachResolveToThemselvesInAlternation() {
    // same length, same middle and end: only the first letters of the product differ
    List<Product> products = List.of(product("aaxnow"), product("bbxnow"), product("ccxnow"));
    Catalog catalog = Catalog.of(products.toArray(new Product[0]));
    for (int round = 0; round < 3; round++) {
      for (Product product : products) {
        Lookup lookup = catalog.resolve("/weatherapi/" + product.name() + "/1.0/complete");
        assertThat(lookup).isInstanceOf(Lookup.Found.class);
        assertThat(((Lookup.Found) lookup).target().product()).isSameAs(product);
      }
    }
  }

  @Test
  void aPathLikeARememberedOneButUnknownIsStillUnknown() {
    Catalog catalog = Catalog.of(product("nowcast"));
    assertThat(catalog.resolve("/weatherapi/nowcast/1.0/complete")).isInstanceOf(Lookup.Found.class);
    assertThat(catalog.resolve("/weatherapi/nowcasx/1.0/complete"))
        .isEqualTo(new Lookup.UnknownProduct("nowcasx"));
    assertThat(catalog.resolve("/weatherapi/nowcast/1.0/complete")).isInstanceOf(Lookup.Found.class);
  }

  @Test
  void manyPathsInTurnAllResolveAndAnEmptyBasePathCanBeAskedForTheRootAlone() {
    List<Product> products = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      products.add(product("p" + i));
    }
    Catalog catalog = Catalog.of(products.toArray(new Product[0]));
    for (int round = 0; round < 2; round++) {
      for (Product product : products) {
        Lookup lookup = catalog.resolve("/weatherapi/" + product.name() + "/_/complete");
        assertThat(((Lookup.Found) lookup).target().product()).isSameAs(product);
      }
    }
    Catalog rooted = Catalog.builder().basePath("").product(product("nowcast")).build();
    assertThat(rooted.resolve("/")).isInstanceOf(Lookup.NotAnApiPath.class);
    assertThat(rooted.resolve("/nowcast/1.0/complete")).isInstanceOf(Lookup.Found.class);
  }
}
