package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Invalid configuration is refused when built, with an {@link IllegalArgumentException} whose
 * message names the setting: one test per refusal.
 */
class ConfigurationRefusalsTest {

  private static final ProductVersion STABLE = ProductVersion.of("2.0", Lifecycle.stable());

  private static Product.Builder product() {
    return Product.builder("forecast").version(STABLE);
  }

  @Test
  void aProblemTypeBaseThatIsARelativePathIsRefused() {
    assertThatThrownBy(() -> StatusPolicy.builder().problemTypeBase("/problems/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("problemTypeBase").hasMessageContaining("absolute URI");
  }

  @Test
  void aProblemTypeBaseWithNonAsciiCharactersIsRefused() {
    assertThatThrownBy(() -> StatusPolicy.builder().problemTypeBase("https://x.example/problèmes/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problemTypeBase");
    assertThatThrownBy(() -> StatusPolicy.builder().problemTypeBase("https://x.example/{id}/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problemTypeBase");
  }

  @Test
  void anHttpsHostWithAPortOutOfRangeIsRefused() {
    for (String host : new String[] {"api.example.org:99999", "api.example.org:0",
        "api.example.org:65536", "api.example.org:+80"}) {
      assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(host)).as(host)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsHost");
    }
    assertThat(StatusPolicy.builder().requireHttps("api.example.org:65535").build().config()
        .httpsHost()).isEqualTo("api.example.org:65535");
    assertThat(StatusPolicy.builder().requireHttps("api.example.org:1").build().config()
        .httpsHost()).isEqualTo("api.example.org:1");
  }

  @Test
  void anHttpsHostMayUseEveryLetterAndDigitButNothingJustBesideThem() {
    assertThat(StatusPolicy.builder().requireHttps("az.AZ.09.example").build().config().httpsHost())
        .isEqualTo("az.AZ.09.example");
    for (String host : new String[] {"a`.example", "a{.example", "a@.example", "a[.example", "a/.example"}) {
      assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(host)).as(host)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsHost");
    }
  }

  @Test
  void anHttpsHostWithAnEmptyOrMalformedLabelIsRefused() {
    for (String host : new String[] {"api..example.org", ".example.org", "example.org.",
        "-api.example.org", "api-.example.org", "a".repeat(64) + ".org", "user@api.example.org",
        "[::1", "[]", "api_1.example.org"}) {
      assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(host)).as(host)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsHost");
    }
    assertThat(StatusPolicy.builder().requireHttps("[2001:db8::1]:8443").build().config()
        .httpsHost()).isEqualTo("[2001:db8::1]:8443");
    assertThat(StatusPolicy.builder().requireHttps("a".repeat(63) + ".org").build().config()
        .httpsHost()).startsWith("aaa");
    String longest = ("a".repeat(62) + ".").repeat(4) + "b".repeat(1);
    assertThat(longest).hasSize(253);
    assertThat(StatusPolicy.builder().requireHttps(longest).build().config().httpsHost())
        .isEqualTo(longest);
    assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(longest + "b"))
        .hasMessageContaining("httpsHost");
    assertThatThrownBy(() -> StatusPolicy.builder().requireHttps("[1.2.3.4]"))
        .hasMessageContaining("httpsHost");
  }

  @Test
  void aBasePathWithASpaceOrAQuestionMarkIsRefused() {
    for (String path : new String[] {"/weather api", "/weatherapi?x=1", "/weather//api", "/wéather",
        "/weather#api", "/weather%20api"}) {
      assertThatThrownBy(() -> Catalog.builder().basePath(path)).as(path)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("basePath");
    }
    assertThat(Catalog.builder().basePath("/api/weather-v1").build().basePath())
        .isEqualTo("/api/weather-v1");
  }

  @Test
  void aRetiredCurrentVersionIsRefused() {
    ProductVersion retired = ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2020, 1, 1), "2.0"));
    assertThatThrownBy(() -> product().version(retired).currentVersion("1.0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currentVersion").hasMessageContaining("'1.0'");
    // a retirement dated in the future is refused too: deprecate the current version instead
    ProductVersion retiring = ProductVersion.of("1.0",
        new Lifecycle.Retired(Instant.parse("9999-12-31T00:00:00Z"), null));
    assertThatThrownBy(() -> product().version(retiring).currentVersion("1.0").build())
        .hasMessageContaining("currentVersion");
    assertThatThrownBy(() -> Product.builder("gone")
        .version(ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2020, 1, 1), null))).build())
        .hasMessageContaining("currentVersion");
  }

  @Test
  void aSuccessorThatIsNotAVersionOfTheProductIsRefused() {
    ProductVersion deprecated = ProductVersion.of("1.5",
        Lifecycle.deprecated(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "9.9"));
    assertThatThrownBy(() -> product().version(deprecated).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successor").hasMessageContaining("forecast/1.5")
        .hasMessageContaining("'9.9'");
    ProductVersion toItself = ProductVersion.of("1.5",
        Lifecycle.deprecated(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), "1.5"));
    assertThatThrownBy(() -> product().version(toItself).build()).hasMessageContaining("successor");
    ProductVersion toCurrent = ProductVersion.of("1.5", Lifecycle.retired(LocalDate.of(2026, 1, 1), "_"));
    assertThatThrownBy(() -> product().version(toCurrent).build()).hasMessageContaining("successor");
  }

  @Test
  void aRetiredSuccessorIsRefused() {
    ProductVersion old = ProductVersion.of("1.0", Lifecycle.retired(LocalDate.of(2020, 1, 1), null));
    ProductVersion retiredToRetired = ProductVersion.of("1.5",
        Lifecycle.retired(LocalDate.of(2021, 1, 1), "1.0"));
    assertThatThrownBy(() -> product().version(old).version(retiredToRetired).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successor").hasMessageContaining("retired")
        .hasMessageContaining("'1.0'");
  }

  @Test
  void aSuccessorHoldingCrOrLfIsRefused() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> new Lifecycle.Deprecated(at, at, "2.0\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successor")
        .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> new Lifecycle.Retired(at, "2.0\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successor");
    assertThatThrownBy(() -> new Lifecycle.Retired(at, "2.0\u007f"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("successor");
    // a space cannot split a header: whether it names a version is the product's check
    assertThat(new Lifecycle.Retired(at, "next version").successor()).isEqualTo("next version");
  }
}
