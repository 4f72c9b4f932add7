package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Settings are checked when made, and written to the JDK's properties without overriding any. */
class ServerSettingsTest {

  @AfterEach
  void clearProperties() {
    for (String name : new String[] {JdkServerProperties.REQUEST_TIME,
        JdkServerProperties.RESPONSE_TIME, JdkServerProperties.IDLE_INTERVAL,
        JdkServerProperties.MAX_IDLE, JdkServerProperties.MAX_CONNECTIONS,
        JdkServerProperties.NO_DELAY}) {
      System.clearProperty(name);
    }
  }

  @Test
  void invalidSettingsAreRefusedNamingTheSetting() {
    ServerSettings defaults = ServerSettings.defaults();
    assertThatThrownBy(() -> defaults.withRequestTimeout(Duration.ofMillis(1500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("requestTimeout");
    assertThatThrownBy(() -> defaults.withResponseTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("responseTimeout");
    assertThatThrownBy(() -> defaults.withIdleTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("idleTimeout");
    assertThatThrownBy(() -> defaults.withMaxIdleConnections(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxIdleConnections");
    assertThatThrownBy(() -> defaults.withMaxConnections(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxConnections");
    assertThatThrownBy(() -> defaults.withRequestTimeout(null))
        .isInstanceOf(NullPointerException.class).hasMessage("requestTimeout");
  }

  @Test
  void eachSettingBecomesItsJdkProperty() {
    JdkServerProperties.apply(ServerSettings.defaults().withRequestTimeout(Duration.ofSeconds(7))
        .withResponseTimeout(Duration.ofSeconds(8)).withIdleTimeout(Duration.ofSeconds(9))
        .withMaxIdleConnections(11).withMaxConnections(12).withNoDelay(false));
    assertThat(System.getProperty(JdkServerProperties.REQUEST_TIME)).isEqualTo("7");
    assertThat(System.getProperty(JdkServerProperties.RESPONSE_TIME)).isEqualTo("8");
    assertThat(System.getProperty(JdkServerProperties.IDLE_INTERVAL)).isEqualTo("9");
    assertThat(System.getProperty(JdkServerProperties.MAX_IDLE)).isEqualTo("11");
    assertThat(System.getProperty(JdkServerProperties.MAX_CONNECTIONS)).isEqualTo("12");
    assertThat(System.getProperty(JdkServerProperties.NO_DELAY)).isEqualTo("false");
  }

  @Test
  void aPropertyTheUserSetWins() {
    System.setProperty(JdkServerProperties.REQUEST_TIME, "42");
    JdkServerProperties.apply(ServerSettings.defaults());
    assertThat(System.getProperty(JdkServerProperties.REQUEST_TIME)).isEqualTo("42");
    assertThat(System.getProperty(JdkServerProperties.RESPONSE_TIME)).isEqualTo(
        Long.toString(ServerSettings.defaults().responseTimeout().getSeconds()));
  }

  @Test
  void aPropertyTheJdkWouldIgnoreIsRefusedNamingIt() {
    System.setProperty(JdkServerProperties.MAX_CONNECTIONS, "lots");
    assertThatThrownBy(() -> JdkServerProperties.apply(ServerSettings.defaults()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(JdkServerProperties.MAX_CONNECTIONS);
  }
}
