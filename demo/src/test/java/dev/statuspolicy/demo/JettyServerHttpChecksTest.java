package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/** The checks over HTTP, against the demo on embedded Jetty 12, as {@code serve} runs it. */
class JettyServerHttpChecksTest extends HttpChecks {

  @Override
  DemoServer.Engine engine() {
    return DemoServer.Engine.JETTY;
  }

  /**
   * The keep-alive fault: with Nagle's algorithm on, each keep-alive response with a
   * body waited for the client's delayed ACK, some 44 ms. The mechanism is asserted, not the
   * time: a connection Jetty accepted, left open after a keep-alive response, has TCP_NODELAY.
   */
  @Test
  void keepAliveConnectionsHaveTcpNoDelayInForce() throws Exception {
    ServerConnector connector = server.jettyConnector();
    assertThat(connector).isNotNull();
    assertThat(connector.getAcceptedTcpNoDelay()).isTrue();
    try (Socket client = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      client.setSoTimeout(10_000);
      OutputStream out = client.getOutputStream();
      out.write(("GET /weatherapi/textforecast/2.0/overview HTTP/1.1\r\nHost: localhost\r\n"
          + "User-Agent: NoDelayCheck/1.0 checks@example.org\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = client.getInputStream();
      assertThat(in.read()).as("the response has begun").isEqualTo('H');

      assertThat(connector.getConnectedEndPoints()).isNotEmpty().allSatisfy(endPoint ->
          assertThat(noDelay(endPoint)).as("TCP_NODELAY of " + endPoint).isTrue());
    }
  }

  private static boolean noDelay(EndPoint endPoint) {
    try {
      return ((NetworkChannel) endPoint.getTransport()).getOption(StandardSocketOptions.TCP_NODELAY);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
