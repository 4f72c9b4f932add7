package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.GeoPoint;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.table.RowId;
import dev.statuspolicy.table.StandardRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The automatic search finds a valid request, and a faulty one, for unusual catalogs too. */
class ExampleSearchTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

  @Test
  void aSampleOfEveryTypeIsAcceptedByItsType() {
    List<ParameterType> types = List.of(
        ParameterType.integer(5, 9), ParameterType.integer(-9, -5), ParameterType.decimal(1.5, 2.5),
        ParameterType.string(), ParameterType.dateTime(), ParameterType.date(),
        ParameterType.offset(60, 120), ParameterType.offset(-720, 900), ParameterType.oneOf("gif", "png"));
    for (ParameterType type : types) {
      String sample = ExampleSearch.sample(type, TODAY);
      assertThat(type.reject(sample)).as("%s sampled as '%s'", type, sample).isNull();
    }
    assertThat(ExampleSearch.sample(ParameterType.date(), TODAY)).isEqualTo("2026-03-10");
    assertThat(ExampleSearch.sample(ParameterType.dateTime(), TODAY)).isEqualTo("2026-03-10T12:00:00Z");
    assertThat(ExampleSearch.sample(ParameterType.integer(5, 9), TODAY)).isEqualTo("5");
    assertThat(ExampleSearch.sample(ParameterType.oneOf("gif", "png"), TODAY)).isEqualTo("gif");
  }

  @Test
  void aTypeThatRefusesEveryGuessStillGetsAValue() {
    ParameterType never = new ParameterType() {
      @Override
      public String reject(String value) {
        return "never";
      }

      @Override
      public String describe() {
        return "nothing";
      }

      @Override
      public String pattern() {
        return "[a-z]+";
      }

      @Override
      public List<String> examples() {
        return List.of("promised");
      }
    };

    assertThat(ExampleSearch.sample(never, TODAY)).isEqualTo("example");
  }

  private static Map<RowId, Example> examplesFor(Coverage coverage) {
    Product product = Product.builder("shaped")
        .coverage(coverage)
        .version(ProductVersion.of("1.0", Lifecycle.stable(),
            Endpoint.of("point", ParameterSpec.latitude(), ParameterSpec.longitude())))
        .build();
    return StatusCodeReference.examples(
        StatusPolicy.builder().catalog(Catalog.of(product)).clock(FullCatalog.CLOCK).build(), Map.of());
  }

  @Test
  void aPointInsideIsFoundWhenTheCentreOfTheBoundsIsOutside() {
    Coverage ring = Coverage.union(Coverage.box(0, 0, 2, 10), Coverage.box(8, 0, 10, 10));

    Map<RowId, Example> examples = examplesFor(ring);

    assertThat(examples).containsKeys(StandardRow.OK.id(), StandardRow.OUTSIDE_COVERAGE.id());
    String target = examples.get(StandardRow.OK.id()).request().query();
    assertThat(target).matches("lat=[0-9.]+&lon=[0-9.]+");
  }

  @Test
  void aBoxAcrossTheAntimeridianIsSearchedOnBothSides() {
    Coverage pacific = Coverage.polygon(GeoPoint.of(-20, 170), GeoPoint.of(-20, 179.9),
        GeoPoint.of(-10, 179.9), GeoPoint.of(-10, 170));
    Coverage across = Coverage.box(-20, 170, -10, -170);

    assertThat(examplesFor(pacific)).containsKey(StandardRow.OK.id());
    assertThat(examplesFor(across)).containsKeys(StandardRow.OK.id(), StandardRow.OUTSIDE_COVERAGE.id());
  }

  @Test
  void aGlobalProductHasNoPointOutside() {
    Map<RowId, Example> examples = examplesFor(Coverage.globe());

    assertThat(examples).containsKey(StandardRow.OK.id())
        .doesNotContainKey(StandardRow.OUTSIDE_COVERAGE.id());
    assertThat(examples.get(StandardRow.OK.id()).request().query())
        .as("a well-known point: Oslo").isEqualTo("lat=59.9333&lon=10.7166");
  }

  @Test
  void theSimplestRequestComesFirst() {
    Map<RowId, Example> examples = StatusCodeReference.examples(FullCatalog.builder().build(), Map.of());

    assertThat(examples.get(StandardRow.OK.id()).request().path()).isEqualTo("/weatherapi/regional/3.0/point");
    assertThat(examples.get(StandardRow.METHOD_NOT_ALLOWED.id()).request().path())
        .isEqualTo("/weatherapi/regional/3.0/point");
    assertThat(examples.get(StandardRow.VERSION_RETIRED.id()).request().path())
        .isEqualTo("/weatherapi/regional/1.0/point");
    assertThat(examples.get(StandardRow.PARAMETER_INVALID.id()).request().query()).isEmpty();
    assertThat(examples.get(StandardRow.PRODUCT_UNKNOWN.id()).request().path())
        .isEqualTo("/weatherapi/regional/3.0/no-such-endpoint");
    assertThat(examples.get(StandardRow.COORDINATES_TOO_PRECISE.id()).request().query())
        .isEqualTo("lat=55.00007&lon=10.0"); // the centre, padded to 4 decimals, plus a 5th
  }

  @Test
  void theTooLongExampleIsTheValidRequestPaddedToOneCharacterOverTheLimit() {
    Example tooLong = examplesFor(Coverage.box(0, 0, 10, 10)).get(StandardRow.TARGET_TOO_LONG.id());
    int limit = StatusPolicy.builder().build().config().maxTargetLength();
    String query = tooLong.request().query();
    assertThat(tooLong.request().path().length() + 1 + query.length()).isEqualTo(limit + 1);
    assertThat(query).matches("lat=[0-9.]+&lon=[0-9.]+&padding=x+");
  }
}
