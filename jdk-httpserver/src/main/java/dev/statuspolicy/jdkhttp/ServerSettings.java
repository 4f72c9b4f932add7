package dev.statuspolicy.jdkhttp;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits {@link HardenedHttpServer} gives the JDK's server, each one of the JDK's own
 * {@code sun.net.httpserver} system properties. The JDK reads them once per JVM, when its first
 * server is created; see {@link HardenedHttpServer} for how they are applied.
 *
 * @param requestTimeout how long a client may take to send a request head, from its first byte,
 *     before the server closes the connection ({@code sun.net.httpserver.maxReqTime}); it also
 *     bounds how long a new connection may stay silent. Whole seconds, at least one; 10 s by
 *     default
 * @param responseTimeout how long an exchange may take once its request has been read, the
 *     handler's own time included, before the server closes the connection ({@code
 *     sun.net.httpserver.maxRspTime}). Whole seconds, at least one; 60 s by default
 * @param idleTimeout how long a kept-alive connection may wait for its next request ({@code
 *     sun.net.httpserver.idleInterval}). Whole seconds, at least one; 30 s by default
 * @param maxIdleConnections how many kept-alive connections may wait at once; more are closed
 *     ({@code sun.net.httpserver.maxIdleConnections}). At least 0; 200 by default
 * @param maxConnections how many connections may be open at once; more are closed as soon as
 *     they are accepted ({@code jdk.httpserver.maxConnections}). It also bounds the server's
 *     threads, one per connection at most. At least 1; 1000 by default
 * @param noDelay whether accepted sockets get {@code TCP_NODELAY}, so that a kept-alive response
 *     is not held back by Nagle's algorithm waiting for the client's delayed ACK ({@code
 *     sun.net.httpserver.nodelay}); true by default
 */
public record ServerSettings(Duration requestTimeout, Duration responseTimeout,
    Duration idleTimeout, int maxIdleConnections, int maxConnections, boolean noDelay) {

  /**
   * Validates the settings.
   *
   * @param requestTimeout the time a client may take to send a request head
   * @param responseTimeout the time an exchange may take once its request is read
   * @param idleTimeout the time a kept-alive connection may wait for its next request
   * @param maxIdleConnections how many kept-alive connections may wait at once
   * @param maxConnections how many connections may be open at once
   * @param noDelay whether accepted sockets get {@code TCP_NODELAY}
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException naming the setting, if a duration is not a whole number of
   *     seconds of at least one, or a count is out of range
   */
  public ServerSettings {
    wholeSeconds("requestTimeout", requestTimeout);
    wholeSeconds("responseTimeout", responseTimeout);
    wholeSeconds("idleTimeout", idleTimeout);
    if (maxIdleConnections < 0) {
      throw new IllegalArgumentException(
          "maxIdleConnections must be at least 0, was " + maxIdleConnections);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1, was " + maxConnections);
    }
  }

  /**
   * Returns the defaults: a 10 s request head, a 60 s exchange, 30 s idle, 200 idle and 1000 open
   * connections, and {@code TCP_NODELAY}.
   *
   * @return the default settings
   */
  public static ServerSettings defaults() {
    return new ServerSettings(Duration.ofSeconds(10), Duration.ofSeconds(60),
        Duration.ofSeconds(30), 200, 1000, true);
  }

  /**
   * Returns these settings with another request timeout.
   *
   * @param timeout the time a client may take to send a request head
   * @return the new settings
   * @throws IllegalArgumentException if {@code timeout} is not a whole number of seconds, at least
   *     one
   */
  public ServerSettings withRequestTimeout(Duration timeout) {
    return new ServerSettings(timeout, responseTimeout, idleTimeout, maxIdleConnections,
        maxConnections, noDelay);
  }

  /**
   * Returns these settings with another response timeout.
   *
   * @param timeout the time an exchange may take once its request is read
   * @return the new settings
   * @throws IllegalArgumentException if {@code timeout} is not a whole number of seconds, at least
   *     one
   */
  public ServerSettings withResponseTimeout(Duration timeout) {
    return new ServerSettings(requestTimeout, timeout, idleTimeout, maxIdleConnections,
        maxConnections, noDelay);
  }

  /**
   * Returns these settings with another idle timeout.
   *
   * @param timeout the time a kept-alive connection may wait for its next request
   * @return the new settings
   * @throws IllegalArgumentException if {@code timeout} is not a whole number of seconds, at least
   *     one
   */
  public ServerSettings withIdleTimeout(Duration timeout) {
    return new ServerSettings(requestTimeout, responseTimeout, timeout, maxIdleConnections,
        maxConnections, noDelay);
  }

  /**
   * Returns these settings with another limit of kept-alive connections.
   *
   * @param connections how many may wait at once
   * @return the new settings
   * @throws IllegalArgumentException if {@code connections} is negative
   */
  public ServerSettings withMaxIdleConnections(int connections) {
    return new ServerSettings(requestTimeout, responseTimeout, idleTimeout, connections,
        maxConnections, noDelay);
  }

  /**
   * Returns these settings with another limit of open connections.
   *
   * @param connections how many may be open at once
   * @return the new settings
   * @throws IllegalArgumentException if {@code connections} is below one
   */
  public ServerSettings withMaxConnections(int connections) {
    return new ServerSettings(requestTimeout, responseTimeout, idleTimeout, maxIdleConnections,
        connections, noDelay);
  }

  /**
   * Returns these settings with {@code TCP_NODELAY} on or off.
   *
   * @param on whether accepted sockets get {@code TCP_NODELAY}
   * @return the new settings
   */
  public ServerSettings withNoDelay(boolean on) {
    return new ServerSettings(requestTimeout, responseTimeout, idleTimeout, maxIdleConnections,
        maxConnections, on);
  }

  private static void wholeSeconds(String setting, Duration duration) {
    Objects.requireNonNull(duration, setting);
    if (duration.getNano() != 0 || duration.getSeconds() < 1) {
      throw new IllegalArgumentException(
          setting + " must be a whole number of seconds, at least one, was " + duration);
    }
  }
}
