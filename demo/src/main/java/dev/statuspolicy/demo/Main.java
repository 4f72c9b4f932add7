package dev.statuspolicy.demo;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.quota.bucket4j.LocalQuotaCounter;
import dev.statuspolicy.quota.bucket4j.RedisQuotaCounter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * The demo's command line: {@code serve}, {@code explain} and {@code docs}.
 *
 * <p>Exit codes: 0 on success, 1 when the server cannot start, 2 on a usage error (unknown
 * command or flag, missing or malformed argument), after printing the usage.
 */
public final class Main {

  static final String USAGE = String.join("\n",
      "usage: java -jar status-policy-demo.jar <command> [options]",
      "",
      "  serve [--port 8080] [--host 127.0.0.1] [--server " + DemoServer.Engine.labels() + "] [--rate-limit 20]",
      "        [--redis redis://host:port]",
      "      Run the weather API at http://<host>:<port>/weatherapi/{product}/{version}/{endpoint}.",
      "      --host: the address to listen on; 127.0.0.1 (this machine only) unless given,",
      "      0.0.0.0 for every interface. --server: the HTTP server, " + DemoServer.Engine.JETTY.label() + " unless given.",
      "      --rate-limit: requests per second per identified application, counted in this",
      "      process, or with --redis in that Redis, shared by every node given the same one.",
      "      While the quota cannot be counted, requests get 503 with Retry-After.",
      "      Demo devices: 'X-Demo-Outcome: " + SimulatedOutcome.labels() + "' picks the simulated",
      "      backend's outcome; 'Authorization: Bearer demo-satellite' (or demo-basic) is a token;",
      "      any User-Agent containing BannedBot is blocked.",
      "      Beside the API it serves its documents: /weatherapi/openapi.json (the whole catalog),",
      "      /weatherapi/{product}/{version}/openapi.json, /weatherapi/status-codes (HTML), and a",
      "      page per problem type at /weatherapi/problems/{row}, the type URI of its error bodies.",
      "  explain METHOD URL [-H 'Name: value']... [--outcome " + SimulatedOutcome.labels() + "] [--html]",
      "      Print the response the server would send, then every row consulted, with its verdict.",
      "      --html: the same as an HTML page, to send to whoever asked why.",
      "  docs [openapi [PRODUCT/VERSION]]",
      "      Print the status-code reference (Markdown), as checked in at docs/status-codes.md;",
      "      with openapi, the OpenAPI document of the catalog, as checked in at docs/openapi.json,",
      "      or of one product version.",
      "");

  /** The address {@code serve} listens on unless {@code --host} says otherwise: this machine only. */
  static final String DEFAULT_HOST = "127.0.0.1";

  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int status = run(args, out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * Runs a command. {@code serve} blocks until the process is stopped.
   *
   * @param args the command and its options
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length == 0) {
        throw new UsageException("no command given");
      }
      switch (args[0]) {
        case "serve" -> serve(args, out, err);
        case "explain" -> explain(args, out);
        case "docs" -> docs(args, out);
        case "-h", "--help", "help" -> out.print(USAGE);
        default -> throw new UsageException("unknown command '" + args[0] + "'");
      }
      return 0;
    } catch (UsageException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    } catch (BindException e) {
      err.println("error: cannot listen on port " + portOf(args) + ": it is already in use");
      return 1;
    } catch (IOException e) {
      err.println("error: cannot start the server: " + e.getMessage());
      return 1;
    } catch (QuotaUnavailableException e) {
      err.println("error: cannot count the quota: " + e.getMessage() + "; is Redis running?");
      return 1;
    }
  }

  /**
   * What {@code serve} was asked for.
   *
   * @param host the address to listen on
   * @param port the port, 0 for any free one
   * @param engine the HTTP server
   * @param rateLimit requests per second per identified application
   * @param redis the Redis to count the quota in, as {@code redis://host:port}; null to count in
   *     this process
   */
  record ServeOptions(String host, int port, DemoServer.Engine engine, int rateLimit,
      @Nullable String redis) {}

  /**
   * Reads the options of {@code serve}.
   *
   * @param args the command line, {@code serve} first
   * @return the options, with the defaults for those not given
   * @throws UsageException if an option is unknown, lacks its value or has a bad one
   */
  static ServeOptions serveOptions(String[] args) {
    int port = 8080;
    String host = DEFAULT_HOST;
    DemoServer.Engine engine = DemoServer.Engine.JETTY;
    int rateLimit = DemoCatalog.DEFAULT_RATE_LIMIT;
    String redis = null;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = number(args, ++i, "--port", 0, 65535);
        case "--host" -> host = value(args, ++i, "--host");
        case "--server" -> {
          String name = value(args, ++i, "--server");
          engine = DemoServer.Engine.named(name);
          if (engine == null) {
            throw new UsageException("unknown server '" + name + "'; use " + DemoServer.Engine.labels());
          }
        }
        case "--rate-limit" -> rateLimit = number(args, ++i, "--rate-limit", 1, 1_000_000);
        case "--redis" -> {
          redis = value(args, ++i, "--redis");
          try {
            RedisQuotaCounter.builder(redis);
          } catch (IllegalArgumentException e) {
            // the value is not repeated: it may hold a password
            throw new UsageException("--redis: not a Redis URI, such as redis://127.0.0.1:6379");
          }
        }
        default -> throw new UsageException("unknown option '" + args[i] + "' for serve");
      }
    }
    if (new InetSocketAddress(host, 0).isUnresolved()) {
      throw new UsageException("--host: no such address '" + host + "'");
    }
    return new ServeOptions(host, port, engine, rateLimit, redis);
  }

  private static void serve(String[] args, PrintStream out, PrintStream err) throws IOException {
    ServeOptions options = serveOptions(args);
    DemoServer.Engine engine = options.engine();
    int rateLimit = options.rateLimit();
    Clock clock = Clock.systemUTC();
    QuotaCounter counter = counter(options);
    DemoServer server;
    try {
      server = DemoServer.start(engine, options.host(), options.port(), origin -> DemoApi.weatherAt(
          origin, clock, Quota.perSecond("default", rateLimit), counter, out::println));
    } catch (IOException | RuntimeException e) {
      close(counter);
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      close(counter);
      err.println("stopped");
      stopped.countDown();
    }, "demo-shutdown"));
    String base = "http://" + authority(server) + "/weatherapi/";
    err.println("weather API demo on " + base + " (" + engine.label() + ", " + rateLimit
        + " requests/s per application, counted " + (options.redis() == null ? "in this process"
        : "in " + redisName(options.redis())) + "; Ctrl-C stops)");
    err.println("try: curl -i -A 'MyApp/1.0 me@example.org' '" + base
        + "locationforecast/2.0/compact?lat=59.9333&lon=10.7166'");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the quota counter {@code serve} counts with: Bucket4j buckets in this process, or in
   * the Redis of {@code --redis}, which the counter connects to now.
   *
   * @param options the options of serve
   * @return the counter; closeable when it holds a connection
   * @throws QuotaUnavailableException if Redis cannot be reached
   */
  static QuotaCounter counter(ServeOptions options) {
    String redis = options.redis();
    return redis == null ? LocalQuotaCounter.builder().build() : RedisQuotaCounter.builder(redis).build();
  }

  /** Names a Redis URI without its password, for the start-up line. */
  private static String redisName(String redis) {
    try {
      URI uri = new URI(redis);
      return "Redis at " + uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
    } catch (URISyntaxException e) {
      return "Redis";
    }
  }

  private static void close(QuotaCounter counter) {
    if (counter instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // stopping: the connection goes with the process either way
      }
    }
  }

  /** The host and port of a URL to the server, IPv6 addresses in brackets. */
  private static String authority(DemoServer server) {
    String host = server.address().getAddress().getHostAddress();
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + server.port();
  }

  private static void docs(String[] args, PrintStream out) {
    if (args.length == 1) {
      out.print(DemoDocs.render());
      return;
    }
    if (!args[1].equals("openapi")) {
      throw new UsageException("unknown document '" + args[1] + "' for docs; use openapi");
    }
    only(args, 3);
    if (args.length == 2) {
      out.print(DemoDocs.openApi());
      return;
    }
    String[] parts = args[2].split("/", -1);
    if (parts.length != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new UsageException("docs openapi needs PRODUCT/VERSION, such as locationforecast/2.0;"
          + " was '" + args[2] + "'");
    }
    try {
      out.print(DemoDocs.openApi(parts[0], parts[1]));
    } catch (IllegalArgumentException e) {
      throw new UsageException("the catalog has no product version '" + args[2] + "'");
    }
  }

  private static void explain(String[] args, PrintStream out) {
    List<String> positional = new ArrayList<>(2);
    List<String> headers = new ArrayList<>();
    SimulatedOutcome outcome = SimulatedOutcome.DATA;
    boolean html = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--html")) {
        html = true;
      } else if (arg.equals("-H") || arg.equals("--header")) {
        String header = value(args, ++i, arg);
        if (header.indexOf(':') <= 0) {
          throw new UsageException("a header must look like 'Name: value', was '" + header + "'");
        }
        headers.add(header);
      } else if (arg.equals("--outcome")) {
        String label = value(args, ++i, arg);
        outcome = SimulatedOutcome.byLabel(label);
        if (outcome == null) {
          throw new UsageException("unknown outcome '" + label + "'; use " + SimulatedOutcome.labels());
        }
      } else if (arg.startsWith("-")) {
        throw new UsageException("unknown option '" + arg + "' for explain");
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() != 2) {
      throw new UsageException("explain needs a METHOD and a URL");
    }
    Clock clock = Clock.systemUTC();
    DemoApi api = DemoApi.weather(DemoCatalog.policy(clock, DemoCatalog.DEFAULT_RATE_LIMIT), clock,
        line -> { });
    out.print(Explain.explain(api, clock, positional.get(0).toUpperCase(Locale.ROOT),
        target(positional.get(1)), headers, outcome, html));
  }

  /** The path and query of a URL, or the argument itself when it is already a path. */
  private static String target(String url) {
    if (url.startsWith("/")) {
      return url;
    }
    try {
      URI uri = new URI(url);
      if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
        throw new UsageException("the URL has no path: '" + url + "'");
      }
      return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      throw new UsageException("not a URL: '" + url + "'");
    }
  }

  private static void only(String[] args, int count) {
    if (args.length > count) {
      throw new UsageException("unexpected argument '" + args[count] + "' for " + args[0]);
    }
  }

  private static String value(String[] args, int at, String option) {
    if (at >= args.length) {
      throw new UsageException(option + " needs a value");
    }
    return args[at];
  }

  private static int number(String[] args, int at, String option, int min, int max) {
    String text = value(args, at, option);
    try {
      int value = Integer.parseInt(text);
      if (value < min || value > max) {
        throw new UsageException(option + " must be from " + min + " to " + max + ", was " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " must be a number, was '" + text + "'");
    }
  }

  private static String portOf(String[] args) {
    for (int i = 1; i + 1 < args.length; i++) {
      if (args[i].equals("--port")) {
        return args[i + 1];
      }
    }
    return "8080";
  }

  /** A command line that cannot be run; the message says why. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message, null, false, false);
    }
  }
}
