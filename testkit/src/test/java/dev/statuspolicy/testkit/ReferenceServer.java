package dev.statuspolicy.testkit;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A faithful HTTP/1.1 server in a few dozen lines, for the kit's own tests: one request per
 * connection, the facts built as {@link ConformanceApi} says, and a sink that writes exactly what
 * it is given. A {@link Fault} makes it misbehave the way real frameworks do, so that the tests
 * can show the suite notices.
 */
final class ReferenceServer implements AutoCloseable {

  private final ServerSocket socket;
  private final ExecutorService workers = Executors.newCachedThreadPool();
  private final StatusPolicy policy = ConformanceApi.policy();
  private final Fault fault;

  ReferenceServer(Fault fault) throws IOException {
    this.fault = fault;
    this.socket = new ServerSocket();
    socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    workers.execute(this::accept);
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        workers.execute(() -> handle(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void handle(Socket connection) {
    try (connection) {
      Received request = read(connection.getInputStream());
      Function<String, List<String>> headers = request::values;
      OutputStream out = connection.getOutputStream();
      String own = fault.ownAnswer(request);
      if (own != null) {
        out.write(own.getBytes(StandardCharsets.ISO_8859_1));
        return;
      }
      RequestFacts.Builder facts = RequestFacts.builder()
          .method(request.method())
          .target(fault.target(request.target()))
          .transport(Transport.HTTP)
          .headers(headers);
      ConformanceApi.verdicts(headers, facts);
      policy.serve(facts.build(), ConformanceApi.backend(),
          fault.sink(new SocketSink(connection, out), request));
    } catch (IOException | RuntimeException broken) {
      // the connection is closed by the try; the test sees what was sent
    }
  }

  /** A request as read off the socket. */
  record Received(String method, String target, List<String[]> headers) {
    List<String> values(String name) {
      List<String> values = new ArrayList<>();
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          values.add(header[1]);
        }
      }
      return values;
    }
  }

  private static Received read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the client left before the end of the head");
      }
      head.write(b);
      last4 = (last4 << 8) | b;
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()});
    }
    return new Received(requestLine[0], requestLine[1], headers);
  }

  @Override
  public void close() throws IOException {
    socket.close();
    workers.shutdownNow();
  }

  /** Writes the response exactly as the policy gives it. */
  static final class SocketSink implements ResponseSink {
    private final Socket connection;
    private final OutputStream out;
    private final StringBuilder head = new StringBuilder();

    SocketSink(Socket connection, OutputStream out) {
      this.connection = connection;
      this.out = out;
    }

    @Override
    public void status(int code, String reason) {
      head.append("HTTP/1.1 ").append(code).append(' ').append(reason).append("\r\n");
    }

    @Override
    public void header(String name, String value) {
      head.append(name).append(": ").append(value).append("\r\n");
    }

    @Override
    public void body(long contentLength, byte[] bytes) throws IOException {
      if (contentLength >= 0) {
        head.append("Content-Length: ").append(contentLength).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
    }

    @Override
    public void abort() throws IOException {
      connection.close();
    }
  }
}
