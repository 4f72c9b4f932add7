package dev.statuspolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The classes of setting values each builder accepts, checked over many values. */
class ConfigurationRefusalProperties {

  @Property(tries = 500)
  void anHttpsPortIsAcceptedExactlyFromOneTo65535(@ForAll @IntRange(min = 0, max = 99_999) int port) {
    String host = "api.example.org:" + port;
    if (port >= 1 && port <= 65_535) {
      assertThat(StatusPolicy.builder().requireHttps(host).build().config().httpsHost()).isEqualTo(host);
    } else {
      assertThatThrownBy(() -> StatusPolicy.builder().requireHttps(host))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("httpsHost");
    }
  }

  @Property(tries = 500)
  void aProblemTypeBaseIsAcceptedOnlyWithPrintableAsciiUriCharacters(@ForAll char c) {
    String base = "https://x.example/p" + c + "/";
    boolean uriCharacter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0;
    if (uriCharacter) {
      assertThat(StatusPolicy.builder().problemTypeBase(base).build().config().problemTypeBase())
          .isEqualTo(base);
    } else {
      assertThatThrownBy(() -> StatusPolicy.builder().problemTypeBase(base))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("problemTypeBase");
    }
  }
}
