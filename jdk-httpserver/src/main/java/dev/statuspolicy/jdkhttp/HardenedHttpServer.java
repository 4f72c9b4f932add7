package dev.statuspolicy.jdkhttp;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A running JDK {@code HttpServer} that slow or idle clients cannot stop, serving one handler at
 * the root.
 *
 * <p>Out of the box the JDK's server has no time limit on reading a request head, and reads it on
 * a thread of its executor: with a fixed pool of four threads, four clients that send half a head
 * stop all service. This factory closes both holes:
 *
 * <ul>
 *   <li>it sets the JDK's own limits ({@link ServerSettings}) as system properties, so that the
 *       server closes connections whose head or exchange takes too long, idle ones, and those
 *       beyond the connection limit;
 *   <li>it gives the server an executor that starts a thread whenever none is free, so a
 *       connection that holds a thread holds only its own. Threads are bounded by the connection
 *       limit, since a connection has at most one exchange at a time.
 * </ul>
 *
 * <p>The limits are JVM-wide: the JDK reads those properties once, when the first {@code
 * HttpServer} of the JVM is created, and applies them to every server. So create this server
 * before any other, or pass the same values as {@code -D} options. A property already set (on the
 * command line, say) is never overwritten; it wins over the settings given here.
 *
 * <p>Bound to {@code 127.0.0.1} unless given another address.
 */
public final class HardenedHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService workers;

  private HardenedHttpServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts a server on a port of {@code 127.0.0.1}, with {@link ServerSettings#defaults()}.
   *
   * @param port the port, or 0 for any free port
   * @param handler the handler for every request, such as a {@link StatusPolicyHandler}
   * @return the running server
   * @throws IOException if the server cannot bind, such as when the port is in use
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException if a JDK server property was set to a value the JDK ignores
   */
  public static HardenedHttpServer start(int port, HttpHandler handler) throws IOException {
    return start(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), handler,
        ServerSettings.defaults());
  }

  /**
   * Starts a server on an address.
   *
   * @param address where to listen; {@code new InetSocketAddress(port)} means every interface
   * @param handler the handler for every request
   * @param settings the server's limits, applied as described on this class
   * @return the running server
   * @throws IOException if the server cannot bind
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if a JDK server property was set to a value the JDK ignores
   */
  public static HardenedHttpServer start(InetSocketAddress address, HttpHandler handler,
      ServerSettings settings) throws IOException {
    Objects.requireNonNull(handler, "handler");
    return startBound(address, bound -> handler, settings);
  }

  /**
   * Starts a server on an address, with a handler made once the address is bound: for a handler
   * that names the server's own address, such as in problem-type URIs that resolve to pages it
   * serves, when the port is chosen by the system (port 0).
   *
   * @param address where to listen
   * @param handlerAt makes the handler for every request from the bound address
   * @param settings the server's limits, applied as described on this class
   * @return the running server
   * @throws IOException if the server cannot bind
   * @throws NullPointerException if an argument is null, or the handler made is
   * @throws IllegalStateException if a JDK server property was set to a value the JDK ignores
   */
  public static HardenedHttpServer startBound(InetSocketAddress address,
      Function<InetSocketAddress, HttpHandler> handlerAt, ServerSettings settings)
      throws IOException {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(handlerAt, "handlerAt");
    Objects.requireNonNull(settings, "settings");
    JdkServerProperties.apply(settings);
    HttpServer server = HttpServer.create(address, 0);
    HttpHandler handler;
    try {
      handler = Objects.requireNonNull(handlerAt.apply(server.getAddress()), "the handler made");
    } catch (RuntimeException | Error e) {
      // the JDK server releases its port on stop only once started: start it with no context
      try {
        server.start();
        server.stop(0);
      } catch (RuntimeException | Error stopping) {
        e.addSuppressed(stopping);
      }
      throw e;
    }
    server.createContext("/", handler);
    ExecutorService workers = workers();
    server.setExecutor(workers);
    server.start();
    return new HardenedHttpServer(server, workers);
  }

  /** A thread per busy connection, idle threads ending after a minute: no queue to wait in. */
  private static ExecutorService workers() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
        new SynchronousQueue<>(), task -> {
          Thread thread = new Thread(task, "status-policy-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  /**
   * Returns the address the server listens on, with the port it was given.
   *
   * @return the bound address
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting, lets running exchanges finish for up to a second, and stops its threads. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdownNow();
  }
}
