package dev.statuspolicy.demo;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The weather API on the JDK's {@code HttpServer}, under the catalog's base path.
 */
public final class DemoServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService workers;

  private DemoServer(HttpServer server, ExecutorService workers) {
    this.server = server;
    this.workers = workers;
  }

  /**
   * Starts a server on the given port of every interface.
   *
   * @param port the port, or 0 for any free port
   * @param api the weather API to serve
   * @param log where each request's log line goes
   * @return the running server
   * @throws java.net.BindException if the port is in use
   * @throws IOException if the server cannot start for another reason
   */
  public static DemoServer start(int port, WeatherApi api, Consumer<String> log) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
    server.createContext("/", new HttpServerAdapter(api, log));
    ExecutorService workers = Executors.newFixedThreadPool(4, task -> {
      Thread thread = new Thread(task, "demo-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(workers);
    server.start();
    return new DemoServer(server, workers);
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /** Stops accepting requests, lets running exchanges finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    workers.shutdownNow();
  }
}
