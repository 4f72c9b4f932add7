package dev.statuspolicy.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.statuspolicy.StatusPolicyBuilder;
import dev.statuspolicy.jdkhttp.HardenedHttpServer;
import dev.statuspolicy.jdkhttp.ServerSettings;
import dev.statuspolicy.jdkhttp.StatusPolicyHandler;
import dev.statuspolicy.servlet.StatusPolicyServlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * A running demo server: the weather API (or any {@link DemoApi}) on embedded Jetty, through the
 * {@code servlet} module's {@link StatusPolicyServlet}, or on the JDK's {@code HttpServer}, through
 * the {@code jdk-httpserver} module's {@link StatusPolicyHandler}. The conformance test starts it
 * exactly as {@code serve} does, with another API.
 */
final class DemoServer implements AutoCloseable {

  /** The JDK server's settings: the module's defaults, which include TCP_NODELAY. */
  static final ServerSettings JDK_SETTINGS = ServerSettings.defaults();

  /** The HTTP servers the demo runs on. */
  enum Engine {
    /** Embedded Jetty 12, running the demo's servlet. The default. */
    JETTY,
    /** The JDK's {@code com.sun.net.httpserver}. */
    JDK;

    /**
     * Returns the engine a command-line name names, ignoring case.
     *
     * @param name the name, such as {@code jdk}
     * @return the engine, or null when the name names none
     */
    static @Nullable Engine named(String name) {
      for (Engine engine : values()) {
        if (engine.name().equalsIgnoreCase(name)) {
          return engine;
        }
      }
      return null;
    }

    /** Returns every command-line name, separated by '|', for usage messages. */
    static String labels() {
      StringBuilder text = new StringBuilder();
      for (Engine engine : values()) {
        text.append(text.length() == 0 ? "" : "|").append(engine.label());
      }
      return text.toString();
    }

    /** Returns the command-line name. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final InetSocketAddress address;
  private final AutoCloseable stop;
  private final @Nullable ServerConnector jetty;

  private DemoServer(InetSocketAddress address, AutoCloseable stop, @Nullable ServerConnector jetty) {
    this.address = address;
    this.stop = stop;
    this.jetty = jetty;
  }

  /**
   * Returns Jetty's connector, for tests of its settings.
   *
   * @return the connector, or null on the JDK server
   */
  @Nullable ServerConnector jettyConnector() {
    return jetty;
  }

  /**
   * Starts a server.
   *
   * @param engine the HTTP server to run on
   * @param host the address to listen on, such as {@code 127.0.0.1}
   * @param port the port, or 0 for any free port
   * @param api what to serve
   * @return the running server
   * @throws java.net.BindException if the port is in use
   * @throws IOException if the server cannot start for another reason
   */
  static DemoServer start(Engine engine, String host, int port, DemoApi api) throws IOException {
    return start(engine, host, port, origin -> api);
  }

  /**
   * Starts a server whose API is made once the address is bound, from the server's origin: for
   * an API whose problem types point at the server itself, whatever port it got.
   *
   * @param engine the HTTP server to run on
   * @param host the address to listen on, such as {@code 127.0.0.1}
   * @param port the port, or 0 for any free port
   * @param apiAt makes what to serve from the origin, such as {@code http://127.0.0.1:41234}
   * @return the running server
   * @throws java.net.BindException if the port is in use
   * @throws IOException if the server cannot start for another reason
   */
  static DemoServer start(Engine engine, String host, int port, Function<String, DemoApi> apiAt)
      throws IOException {
    return switch (engine) {
      case JETTY -> startJetty(new InetSocketAddress(host, port), apiAt);
      case JDK -> startJdk(new InetSocketAddress(host, port), apiAt);
    };
  }

  /** The origin of a server bound to an address: scheme, host (IPv6 in brackets) and port. */
  static String origin(InetSocketAddress bound) {
    String host = bound.getAddress().getHostAddress();
    return "http://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + bound.getPort();
  }

  /** The largest request head Jetty reads: twice the policy's longest target by default. */
  static final int REQUEST_HEAD_BYTES = 2 * StatusPolicyBuilder.DEFAULT_MAX_TARGET_LENGTH;

  /** How long Jetty keeps a connection that sends nothing, in milliseconds. */
  static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private static DemoServer startJetty(InetSocketAddress address, Function<String, DemoApi> apiAt)
      throws IOException {
    QueuedThreadPool threads = new QueuedThreadPool();
    threads.setName("demo-jetty");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    // room for the longest target the policy accepts and the headers beside it, so that the
    // policy, not Jetty, answers a target that is too long
    http.setRequestHeaderSize(REQUEST_HEAD_BYTES);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    // Jetty reads request heads without holding a thread, and closes connections idle this long
    connector.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
    // a keep-alive response goes out at once, not after the client's delayed ACK (Nagle)
    connector.setAcceptedTcpNoDelay(true);
    server.addConnector(connector);
    try {
      // bound first, so that the API can name the port the system chose
      connector.open();
      DemoApi api = apiAt.apply(origin(new InetSocketAddress(address.getAddress(),
          connector.getLocalPort())));
      ServletContextHandler context = new ServletContextHandler();
      context.addServlet(new ServletHolder(servlet(api)), "/*");
      server.setHandler(context);
      server.start();
    } catch (Exception | Error e) {
      stopQuietly(server, e);
      // a connector opened by hand stays bound when the server never started: close it
      connector.close();
      if (e instanceof Error error) {
        throw error;
      }
      if (e instanceof BindException bind) {
        throw bind;
      }
      if (e.getCause() instanceof BindException bind) {
        throw bind;
      }
      throw e instanceof IOException io ? io : new IOException("Jetty did not start", e);
    }
    return new DemoServer(new InetSocketAddress(address.getAddress(), connector.getLocalPort()),
        server::stop, connector);
  }

  /**
   * The servlet module's servlet, serving the API: its verdicts, its backends, its log; the API's
   * documents are served before it.
   */
  private static HttpServlet servlet(DemoApi api) {
    StatusPolicyServlet policy = StatusPolicyServlet.builder(api.policy(), (admitted, request) ->
            api.backends().forRequest(headers(request)).fetch(admitted))
        .facts((request, facts) -> api.verdicts().apply(headers(request), facts))
        .log(served -> api.log().accept(served.logLine()))
        .build();
    return new HttpServlet() {
      private static final long serialVersionUID = 1L;

      @Override
      public void init(ServletConfig config) throws ServletException {
        super.init(config);
        policy.init(config);
      }

      @Override
      protected void service(HttpServletRequest request, HttpServletResponse response)
          throws ServletException, IOException {
        boolean served = DocumentRoute.serve(api.docs(), request.getMethod(),
            request.getRequestURI(), new DocumentRoute.Response() {
              @Override
              public void header(String name, String value) {
                response.addHeader(name, value);
              }

              @Override
              public void send(byte[] body, boolean head) throws IOException {
                response.setStatus(200);
                response.setContentLength(body.length);
                if (!head) {
                  response.getOutputStream().write(body);
                }
              }
            });
        if (!served) {
          policy.service((jakarta.servlet.ServletRequest) request, (jakarta.servlet.ServletResponse) response);
        }
      }
    };
  }

  private static Function<String, List<String>> headers(HttpServletRequest request) {
    return name -> Collections.list(request.getHeaders(name));
  }

  private static void stopQuietly(Server server, Throwable failure) {
    try {
      server.stop();
    } catch (Exception stopping) {
      failure.addSuppressed(stopping);
    }
  }

  /**
   * On the {@code jdk-httpserver} module: its hardened server (a limit on reading request
   * heads, TCP_NODELAY, a thread per busy connection) running its handler.
   */
  private static DemoServer startJdk(InetSocketAddress address, Function<String, DemoApi> apiAt)
      throws IOException {
    HardenedHttpServer server = HardenedHttpServer.startBound(address,
        bound -> handler(apiAt.apply(origin(bound))), JDK_SETTINGS);
    return new DemoServer(server.address(), server::close, null);
  }

  /** The jdk-httpserver module's handler, serving the API; its documents are served before it. */
  private static HttpHandler handler(DemoApi api) {
    StatusPolicyHandler policy = StatusPolicyHandler.builder()
        .policy(api.policy())
        .backend((admitted, exchange) -> api.backends().forRequest(headers(exchange)).fetch(admitted))
        .facts((exchange, facts) -> api.verdicts().apply(headers(exchange), facts))
        .log(served -> api.log().accept(served.logLine()))
        .build();
    return exchange -> {
      boolean served = DocumentRoute.serve(api.docs(), exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(), new DocumentRoute.Response() {
            @Override
            public void header(String name, String value) {
              exchange.getResponseHeaders().add(name, value);
            }

            @Override
            public void send(byte[] body, boolean head) throws IOException {
              if (head) {
                // the JDK server leaves out Content-Length when told there is no body
                exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
              }
              exchange.sendResponseHeaders(200, head ? -1 : body.length);
              if (!head) {
                exchange.getResponseBody().write(body);
              }
              exchange.close();
            }
          });
      if (!served) {
        policy.handle(exchange);
      }
    };
  }

  private static Function<String, List<String>> headers(HttpExchange exchange) {
    return name -> exchange.getRequestHeaders().getOrDefault(name, List.of());
  }

  /**
   * Returns the address the server listens on.
   *
   * @return the address, with the port actually bound
   */
  InetSocketAddress address() {
    return address;
  }

  /**
   * Returns the port the server listens on.
   *
   * @return the port
   */
  int port() {
    return address.getPort();
  }

  /** Stops accepting requests, lets running exchanges finish for up to a second, and stops. */
  @Override
  public void close() {
    try {
      stop.close();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException("the server did not stop cleanly", e);
    }
  }
}
