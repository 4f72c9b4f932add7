package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CORS setting: its four forms, how origins are written, and what is refused. */
class AllowedOriginsTest {

  @Test
  void theDefaultIsAnyOriginAsMetSends() {
    PolicyConfig config = StatusPolicy.builder().build().config();
    assertThat(config.allowedOrigins()).isEqualTo(AllowedOrigins.any()).isSameAs(AllowedOrigins.any());
    assertThat(config.allowedOrigins().allowOriginFor(null)).isEqualTo("*");
    assertThat(config.allowedOrigins().allowOriginFor("https://a.example")).isEqualTo("*");
    assertThat(config.allowedOrigins().variesByOrigin()).isFalse();
    assertThat(config.allowedOrigins().isAny()).isTrue();
    assertThat(config.allowedOrigins().isNone()).isFalse();
    assertThat(config.allowedOrigins().origins()).isEmpty();
  }

  @Test
  void theBuilderKeepsTheSettingAndRefusesNull() {
    AllowedOrigins listed = AllowedOrigins.listed("https://www.yr.no");
    assertThat(StatusPolicy.builder().allowedOrigins(listed).build().config().allowedOrigins()).isSameAs(listed);
    assertThatNullPointerException().isThrownBy(() -> StatusPolicy.builder().allowedOrigins(null))
        .withMessage("allowedOrigins");
  }

  @Test
  void aFixedOriginIsSentWhateverTheRequest() {
    AllowedOrigins fixed = AllowedOrigins.fixed("https://www.yr.no");
    assertThat(fixed.allowOriginFor(null)).isEqualTo("https://www.yr.no");
    assertThat(fixed.allowOriginFor("https://evil.example")).isEqualTo("https://www.yr.no");
    assertThat(fixed.variesByOrigin()).isTrue();
    assertThat(fixed.isAny()).isFalse();
    assertThat(fixed.isNone()).isFalse();
    assertThat(fixed.origins()).containsExactly("https://www.yr.no");
  }

  @Test
  void aListedOriginIsSentOnlyToItself() {
    AllowedOrigins listed = AllowedOrigins.listed(List.of("https://www.yr.no", "http://localhost:8080"));
    assertThat(listed.allowOriginFor("https://www.yr.no")).isEqualTo("https://www.yr.no");
    assertThat(listed.allowOriginFor("http://localhost:8080")).isEqualTo("http://localhost:8080");
    assertThat(listed.allowOriginFor("HTTPS://Www.Yr.No")).isEqualTo("https://www.yr.no");
    for (String other : Arrays.asList(null, "", "https://www.yr.n", "https://www.yr.noo",
        "https://www.yr.no/", "http://www.yr.no", "https://www.yr.no:443", "http://localhost:8081",
        "https://www.yr.no\r\n", "https://www.\u212Ar.no", "https://www.yr.no\u0000")) {
      assertThat(listed.allowOriginFor(other)).as("%s", other).isNull();
    }
    assertThat(listed.variesByOrigin()).isTrue();
    assertThat(listed.isAny()).isFalse();
    assertThat(listed.isNone()).isFalse();
  }

  @Test
  void aListedOriginMatchesWhateverTheCaseOfEveryAsciiLetter() {
    AllowedOrigins listed = AllowedOrigins.listed(List.of("https://az.example"));
    assertThat(listed.allowOriginFor("HTTPS://AZ.EXAMPLE")).isEqualTo("https://az.example");
    assertThat(listed.allowOriginFor("https://aZ.example")).isEqualTo("https://az.example");
    assertThat(listed.allowOriginFor("https://@z.example")).isNull();
    assertThat(listed.allowOriginFor("https://a[.example")).isNull();
  }

  @Test
  void noneSendsNothing() {
    AllowedOrigins none = AllowedOrigins.none();
    assertThat(none.allowOriginFor("https://www.yr.no")).isNull();
    assertThat(none.isNone()).isTrue();
    assertThat(none.isAny()).isFalse();
    assertThat(none.variesByOrigin()).isFalse();
    assertThat(none.origins()).isEmpty();
  }

  @Test
  void originsAreKeptAsBrowsersSerialiseThem() {
    assertThat(AllowedOrigins.listed("HTTPS://WWW.YR.NO", "http://Example.org:80", "https://a.example:443",
        "https://a.example:8443", "http://[::1]:8080", "http://127.0.0.1", "https://www.yr.no").origins())
        .containsExactly("https://www.yr.no", "http://example.org", "https://a.example",
            "https://a.example:8443", "http://[::1]:8080", "http://127.0.0.1");
    assertThat(AllowedOrigins.fixed("http://a.example:443").origins())
        .as("443 is only the default of https").containsExactly("http://a.example:443");
    assertThat(AllowedOrigins.fixed("https://a.example:80").origins()).containsExactly("https://a.example:80");
    assertThat(AllowedOrigins.fixed("https://a.example:00080").origins()).containsExactly("https://a.example:80");
    assertThat(AllowedOrigins.fixed("https://a.example:65535").origins()).containsExactly("https://a.example:65535");
    assertThat(AllowedOrigins.fixed("https://a.example:1").origins()).containsExactly("https://a.example:1");
  }

  @Test
  void anythingButAnOriginIsRefusedNamingTheSetting() {
    for (String bad : List.of("", "www.yr.no", "https://", "https://www.yr.no/", "https://www.yr.no/path",
        "https://www.yr.no?q", "https://www.yr.no#f", "https://user@www.yr.no", "https://www.yr.no:0",
        "https://www.yr.no:65536", "https://www.yr.no:99999", "https://www.yr.no:", "https://www.yr.no\r\nX: y",
        "https://www.yr.no ", " https://www.yr.no", "https://www.yr\u00f8.no", "https://a..b", "https://a.",
        "*", "null", "NULL", "1http://a.example", "https://a.example:8o")) {
      assertThatIllegalArgumentException().as("%s", bad).isThrownBy(() -> AllowedOrigins.listed(bad))
          .withMessageStartingWith("allowedOrigins").withMessageNotContaining("\r").withMessageNotContaining("\n");
      assertThatIllegalArgumentException().as("%s", bad).isThrownBy(() -> AllowedOrigins.fixed(bad))
          .withMessageStartingWith("allowedOrigins");
    }
    assertThatIllegalArgumentException().isThrownBy(() -> AllowedOrigins.listed(List.of()))
        .withMessageStartingWith("allowedOrigins");
    assertThatNullPointerException().isThrownBy(() -> AllowedOrigins.listed((List<String>) null))
        .withMessage("allowedOrigins");
    assertThatNullPointerException().isThrownBy(() -> AllowedOrigins.listed(Arrays.asList("https://a.example", null)))
        .withMessage("allowedOrigins");
    assertThatNullPointerException().isThrownBy(() -> AllowedOrigins.fixed(null)).withMessage("allowedOrigins");
  }

  @Test
  void aRefusedOriginIsShownWithoutItsLineBreaks() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowedOrigins.fixed("https://a.example\r\nSet-Cookie: x"))
        .withMessageEndingWith("was 'https://a.example??Set-Cookie: x'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowedOrigins.fixed(" https://a.example\u007f~"))
        .withMessageEndingWith("was ' https://a.example?~'");
    String long300 = "https://" + "a".repeat(292);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AllowedOrigins.fixed(long300 + "/"))
        .as("cut to 200 characters").withMessageEndingWith("was '" + long300.substring(0, 200) + "'");
  }

  @Test
  void anIpv6OriginMatchesItsBracketsExactly() {
    AllowedOrigins local = AllowedOrigins.listed("http://[::1]:8080", "http://[fe80::a]");
    assertThat(local.allowOriginFor("http://[::1]:8080")).isEqualTo("http://[::1]:8080");
    assertThat(local.allowOriginFor("http://[FE80::A]")).isEqualTo("http://[fe80::a]");
    assertThat(local.allowOriginFor("http://{::1}:8080")).isNull();
  }

  @Test
  void equalSettingsAreEqualAndSaySoInToString() {
    assertThat(AllowedOrigins.listed("https://a.example", "https://A.example"))
        .isEqualTo(AllowedOrigins.listed("https://a.example"))
        .hasSameHashCodeAs(AllowedOrigins.listed("https://a.example"))
        .isNotEqualTo(AllowedOrigins.fixed("https://a.example"))
        .isNotEqualTo(AllowedOrigins.listed("https://b.example"))
        .isNotEqualTo("https://a.example");
    assertThat(AllowedOrigins.fixed("https://a.example").hashCode())
        .isNotEqualTo(AllowedOrigins.listed("https://a.example").hashCode());
    assertThat(AllowedOrigins.any()).isNotEqualTo(AllowedOrigins.none());
    assertThat(AllowedOrigins.any()).hasToString("AllowedOrigins.any()");
    assertThat(AllowedOrigins.none()).hasToString("AllowedOrigins.none()");
    assertThat(AllowedOrigins.fixed("https://a.example")).hasToString("AllowedOrigins.fixed(https://a.example)");
    assertThat(AllowedOrigins.listed("https://a.example", "https://b.example"))
        .hasToString("AllowedOrigins.listed([https://a.example, https://b.example])");
  }

  @Test
  void theExposedHeadersCannotBeChanged() {
    assertThat(AllowedOrigins.EXPOSED_HEADERS).hasSize(11);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AllowedOrigins.EXPOSED_HEADERS.add("X"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
