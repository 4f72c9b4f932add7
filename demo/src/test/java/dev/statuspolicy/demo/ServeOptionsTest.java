package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code serve} listens on this machine only unless told otherwise, on Jetty unless told. */
class ServeOptionsTest {

  @Test
  void serveListensOnTheLoopbackAddressOnJettyByDefault() {
    Main.ServeOptions options = Main.serveOptions(new String[] {"serve"});

    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.engine()).isEqualTo(DemoServer.Engine.JETTY);
    assertThat(options.port()).isEqualTo(8080);
  }

  @Test
  void theDefaultListenerTakesNoConnectionOnAnyOtherAddressOfThisMachine() throws Exception {
    Main.ServeOptions options = Main.serveOptions(new String[] {"serve", "--port", "0"});
    List<InetAddress> others = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .collect(Collectors.toList());
    for (DemoServer.Engine engine : DemoServer.Engine.values()) {
      try (DemoServer server = DemoServer.start(engine, options.host(), 0,
          DemoApi.weather(DemoCatalog.policy(java.time.Clock.systemUTC(), 20),
              java.time.Clock.systemUTC(), line -> { }))) {
        assertThat(server.address().getAddress().isLoopbackAddress()).as(engine + " address").isTrue();
        try (Socket loopback = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
          assertThat(loopback.isConnected()).isTrue();
        }
        for (InetAddress other : others) {
          assertThatThrownBy(() -> {
            try (Socket socket = new Socket()) {
              socket.connect(new InetSocketAddress(other, server.port()), 10_000);
            }
          }).as(engine + " on " + other).isInstanceOf(ConnectException.class);
        }
      }
    }
  }

  @Test
  void hostAndServerAreTakenFromTheCommandLine() {
    Main.ServeOptions options =
        Main.serveOptions(new String[] {"serve", "--host", "0.0.0.0", "--server", "JDK"});

    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.engine()).isEqualTo(DemoServer.Engine.JDK);
  }

  @Test
  void anUnknownServerOrAMissingHostIsAUsageError() {
    assertThatThrownBy(() -> Main.serveOptions(new String[] {"serve", "--server", "tomcat"}))
        .isInstanceOf(Main.UsageException.class).hasMessage("unknown server 'tomcat'; use jetty|jdk");
    assertThatThrownBy(() -> Main.serveOptions(new String[] {"serve", "--host"}))
        .isInstanceOf(Main.UsageException.class).hasMessage("--host needs a value");
  }

  @Test
  void redisIsTakenFromTheCommandLineAndCheckedAsARedisUri() {
    assertThat(Main.serveOptions(new String[] {"serve"}).redis()).isNull();
    assertThat(Main.serveOptions(new String[] {"serve", "--redis", "redis://127.0.0.1:6380"}).redis())
        .isEqualTo("redis://127.0.0.1:6380");
    assertThatThrownBy(() -> Main.serveOptions(new String[] {"serve", "--redis", "http://x"}))
        .isInstanceOf(Main.UsageException.class)
        .hasMessage("--redis: not a Redis URI, such as redis://127.0.0.1:6379");
    // a value that does not parse may still carry a password: it is never repeated
    assertThatThrownBy(() -> Main.serveOptions(new String[] {"serve", "--redis", "redis://:s3cret@[bad"}))
        .isInstanceOf(Main.UsageException.class)
        .message().doesNotContain("s3cret");
    assertThatThrownBy(() -> Main.serveOptions(new String[] {"serve", "--redis"}))
        .isInstanceOf(Main.UsageException.class).hasMessage("--redis needs a value");
  }

  @Test
  void aRedisThatCannotBeReachedStopsServeWithExitStatusOne() throws Exception {
    int closed;
    try (ServerSocket free = new ServerSocket(0)) {
      closed = free.getLocalPort();
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(new String[] {"serve", "--port", "0", "--redis", "redis://127.0.0.1:" + closed},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: cannot count the quota: Redis at 127.0.0.1:" + closed)
        .contains("is Redis running?");
  }
}
