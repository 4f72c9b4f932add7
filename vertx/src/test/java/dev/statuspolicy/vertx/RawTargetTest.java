package dev.statuspolicy.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The target the policy reads, from what Vert.x received on the request line. */
class RawTargetTest {

  @Test
  void anOriginFormTargetIsTakenAsItCame() {
    assertThat(RawTarget.of("/weatherapi/x/1.0/y?lat=%zz&lon=+1")).isEqualTo("/weatherapi/x/1.0/y?lat=%zz&lon=+1");
  }

  @Test
  void anAbsoluteFormTargetLosesItsSchemeAndAuthorityOnly() {
    assertThat(RawTarget.of("http://api.example.org:8080/weatherapi/x?lat=1")).isEqualTo("/weatherapi/x?lat=1");
    assertThat(RawTarget.of("HTTPS://api.example.org/p%2Fq")).isEqualTo("/p%2Fq");
  }

  @Test
  void anAbsoluteFormTargetWithoutAPathHasTheRootPath() {
    assertThat(RawTarget.of("http://api.example.org")).isEqualTo("/");
    assertThat(RawTarget.of("http://api.example.org?lat=1")).isEqualTo("/?lat=1");
  }

  @Test
  void anAsteriskOrAnyOtherFormIsTakenAsItCame() {
    assertThat(RawTarget.of("*")).isEqualTo("*");
    assertThat(RawTarget.of("weatherapi?x=http://y/")).isEqualTo("weatherapi?x=http://y/");
  }
}
