package dev.statuspolicy.jdkhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression: every kept-alive response with a body waited for the client's delayed ACK (about
 * 44 ms), because the JDK's server leaves Nagle's algorithm on unless {@code
 * sun.net.httpserver.nodelay} is set. The test reads the option off the socket the server
 * accepted, through the JDK's internals (opened to the tests by the surefire configuration).
 */
class NoDelayTest {

  private static final CompletableFuture<Boolean> NO_DELAY = new CompletableFuture<>();
  private static HardenedHttpServer server;

  @BeforeAll
  static void start() throws IOException {
    StatusPolicyHandler policy = ConformanceServer.handler();
    server = HardenedHttpServer.start(0, exchange -> {
      try {
        NO_DELAY.complete(channel(exchange).getOption(StandardSocketOptions.TCP_NODELAY));
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        NO_DELAY.completeExceptionally(unreadable);
      }
      policy.handle(exchange);
    });
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static SocketChannel channel(HttpExchange exchange) throws ReflectiveOperationException {
    Object impl = call(exchange, "getExchangeImpl");
    Object connection = call(impl, "getConnection");
    return (SocketChannel) call(connection, "getChannel");
  }

  private static Object call(Object target, String name) throws ReflectiveOperationException {
    Method method = target.getClass().getDeclaredMethod(name);
    method.setAccessible(true);
    return method.invoke(target);
  }

  @Test
  void acceptedSocketsHaveTcpNoDelay() throws Exception {
    ConformanceServer.client(server.port())
        .exchange("GET", "/weatherapi/conformance/1.0/data?lat=60.1&lon=10.7");
    assertThat(NO_DELAY.get()).isTrue();
  }
}
