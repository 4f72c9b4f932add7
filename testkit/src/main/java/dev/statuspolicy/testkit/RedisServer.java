package dev.statuspolicy.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A real {@code redis-server} on a free loopback port, for tests and benchmarks that count in
 * Redis: never a mock. It runs without persistence ({@code --save "" --appendonly no}), so a
 * restart loses every key, as a crashed cache does. Dependency-free: it talks to Redis over a
 * plain socket.
 *
 * <pre>{@code
 * try (RedisServer redis = RedisServer.start()) {
 *   counter = RedisQuotaCounter.builder(redis.uri()).build();
 *   redis.stop();   // Redis is down: counts fail fast
 *   redis.startAgain();  // the same port again
 *   redis.pause(Duration.ofMillis(500));  // up, but answering nothing for half a second
 * }
 * }</pre>
 *
 * <p>A missing {@code redis-server} fails with the command that installs it, never a skip. The
 * server is stopped by {@link #close()}, and also when the JVM exits. Not thread-safe.
 */
public final class RedisServer implements AutoCloseable {

  /** The Debian command that installs the server, named in the failure when it is missing. */
  public static final String INSTALL = "apt-get install -y redis-server";

  private static final Duration READY = Duration.ofSeconds(10);

  private final String binary;
  private final int port;
  private final Path log;
  /** Volatile: the JVM's shutdown hook reads it from a thread of its own. */
  private volatile @Nullable Process process;

  private RedisServer(String binary, int port, Path log) {
    this.binary = binary;
    this.port = port;
    this.log = log;
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "redis-server-stop-" + port));
  }

  /**
   * Starts a server on a free loopback port and waits until it answers {@code PING}.
   *
   * @return the running server
   * @throws IllegalStateException if {@code redis-server} is not installed (the message says how
   *     to install it) or does not answer within ten seconds
   */
  public static RedisServer start() {
    String binary = findBinary();
    try {
      RedisServer server = new RedisServer(binary, freePort(),
          Files.createTempFile("redis-server-", ".log"));
      server.startAgain();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not prepare redis-server", e);
    }
  }

  /** {@return the loopback port the server listens on, the same after a restart} */
  public int port() {
    return port;
  }

  /** {@return the server as a Redis URI, {@code redis://127.0.0.1:port}} */
  public String uri() {
    return "redis://127.0.0.1:" + port;
  }

  /** {@return whether the server process is running} */
  public boolean running() {
    return process != null && process.isAlive();
  }

  /**
   * Starts the server again on the same port, after {@link #stop()}, and waits until it answers.
   * It starts empty.
   *
   * @throws IllegalStateException if it is already running or does not answer in ten seconds
   */
  public void startAgain() {
    if (running()) {
      throw new IllegalStateException("redis-server is already running on port " + port);
    }
    ProcessBuilder builder = new ProcessBuilder(List.of(binary, "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start " + binary + "; install it: " + INSTALL, e);
    }
    long deadline = System.nanoTime() + READY.toNanos();
    while (System.nanoTime() - deadline < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("redis-server exited at start: " + logTail());
      }
      try {
        if (command("PING").equals("+PONG")) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet: try again shortly.
      }
      sleep(Duration.ofMillis(10));
    }
    stop();
    throw new IllegalStateException("redis-server did not answer PING within " + READY + ": "
        + logTail());
  }

  /** Stops the server (SIGTERM, then SIGKILL after five seconds) and waits until it exits. */
  public void stop() {
    Process running = process;
    if (running == null) {
      return;
    }
    running.destroy();
    try {
      if (!running.waitFor(5, TimeUnit.SECONDS)) {
        running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      running.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * Kills the server at once (SIGKILL), as a crash or an out-of-memory kill does, and waits until
   * it exits: its clients' connections are reset under the commands in flight, with no orderly
   * shutdown. {@link #startAgain()} starts it again.
   */
  public void kill() {
    Process running = process;
    if (running == null) {
      return;
    }
    try {
      running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /**
   * Makes the server answer nothing for a while, as a Redis stalled by a slow command or a
   * saturated host does: {@code CLIENT PAUSE ms ALL} from a connection of its own. Commands sent
   * meanwhile are answered when the pause ends. A pause cannot be ended early ({@code CLIENT
   * UNPAUSE} waits too), so keep it short.
   *
   * @param duration how long; at least a millisecond
   * @throws IllegalStateException if the server did not accept the pause
   */
  public void pause(Duration duration) {
    send("CLIENT", "PAUSE", Long.toString(Math.max(1, duration.toMillis())), "ALL");
  }

  /**
   * Sends one command and returns the first line of the reply, such as {@code +OK} or {@code
   * :3}, for tests that look at Redis itself.
   *
   * @param arguments the command and its arguments
   * @return the first line of the reply, without its CRLF
   * @throws IllegalStateException if the server cannot be reached
   */
  public String send(String... arguments) {
    try {
      String reply = command(arguments);
      if (reply.startsWith("-")) {
        throw new IllegalStateException("redis-server refused " + arguments[0] + ": " + reply);
      }
      return reply;
    } catch (IOException e) {
      throw new IllegalStateException("redis-server on port " + port + " cannot be reached", e);
    }
  }

  /** Stops the server and deletes its log. */
  @Override
  public void close() {
    stop();
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // A temporary file left behind harms no test; the server is stopped, which is what counts.
    }
  }

  private String command(String... arguments) throws IOException {
    StringBuilder request = new StringBuilder("*").append(arguments.length).append("\r\n");
    for (String argument : arguments) {
      byte[] bytes = argument.getBytes(StandardCharsets.UTF_8);
      request.append('$').append(bytes.length).append("\r\n").append(argument).append("\r\n");
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return readLine(socket.getInputStream());
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static String findBinary() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin");
    for (String directory : path.split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(directory, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    Path debian = Path.of("/usr/bin/redis-server");
    if (Files.isExecutable(debian)) {
      return debian.toString();
    }
    throw new IllegalStateException(String.format(Locale.ROOT,
        "redis-server is not installed, and the Redis tests need a real one: run '%s'"
            + " (Debian's package; .ci/run installs it)", INSTALL));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while redis-server started", e);
    }
  }
}
