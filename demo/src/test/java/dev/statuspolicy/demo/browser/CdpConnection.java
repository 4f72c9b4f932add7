package dev.statuspolicy.demo.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * One DevTools websocket, to the browser or to one page: calls a protocol method and waits, within
 * {@link #TIMEOUT}, for its answer; lets listeners subscribe to events. Calls may come from any
 * thread; their frames are sent one at a time, as the JDK's websocket requires.
 */
final class CdpConnection implements AutoCloseable {
  /** The longest wait for any one answer, connection or page load. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Reads and writes every DevTools message. */
  static final ObjectMapper JSON = new ObjectMapper();

  private final URI endpoint;
  private final WebSocket socket;
  private final CdpInbox inbox;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final Object sending = new Object();

  private CdpConnection(URI endpoint, WebSocket socket, CdpInbox inbox) {
    this.endpoint = endpoint;
    this.socket = socket;
    this.inbox = inbox;
  }

  /**
   * Connects to a DevTools websocket.
   *
   * @param http the client that opens the socket
   * @param endpoint a {@code ws://} URL that Chromium announced or built from a target id
   * @return the open connection
   */
  static CdpConnection open(HttpClient http, URI endpoint) {
    CdpInbox inbox = new CdpInbox();
    try {
      WebSocket socket =
          http.newWebSocketBuilder()
              .connectTimeout(TIMEOUT)
              .buildAsync(endpoint, inbox)
              .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      return new CdpConnection(endpoint, socket, inbox);
    } catch (ExecutionException e) {
      throw new CdpException("could not connect to " + endpoint, e.getCause());
    } catch (TimeoutException e) {
      throw new CdpException("could not connect to " + endpoint + " within " + TIMEOUT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CdpException("interrupted while connecting to " + endpoint, e);
    }
  }

  /**
   * Calls a method without parameters.
   *
   * @param method the protocol method, such as {@code Page.enable}
   * @return the method's {@code result}
   */
  JsonNode call(String method) {
    return call(method, Map.of());
  }

  /**
   * Calls a method and waits for its answer.
   *
   * @param method the protocol method, such as {@code Page.navigate}
   * @param params its parameters, turned into JSON by Jackson
   * @return the method's {@code result}
   * @throws CdpException when Chromium answers with an error, does not answer in time, or the
   *     socket closes
   */
  JsonNode call(String method, Map<String, ?> params) {
    long id = ids.incrementAndGet();
    ObjectNode request = JSON.createObjectNode();
    request.put("id", id);
    request.put("method", method);
    request.set("params", JSON.valueToTree(params));
    String text;
    try {
      text = JSON.writeValueAsString(request);
    } catch (JsonProcessingException e) {
      throw new CdpException("could not write " + method, e);
    }
    CompletableFuture<JsonNode> answer = inbox.expect(id);
    try {
      synchronized (sending) {
        socket.sendText(text, true).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      return answer.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new CdpException(method + " failed on " + endpoint + ": " + e.getCause().getMessage(),
          e.getCause());
    } catch (TimeoutException e) {
      throw new CdpException(method + " got no answer within " + TIMEOUT + " on " + endpoint, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CdpException("interrupted while waiting for " + method, e);
    } finally {
      inbox.forget(id);
    }
  }

  /**
   * Subscribes to an event. The listener runs on the socket's thread and must not call back.
   *
   * @param method the event, such as {@code Runtime.exceptionThrown}
   * @param listener receives the event's {@code params}
   */
  void on(String method, Consumer<JsonNode> listener) {
    inbox.on(method, listener);
  }

  /**
   * Waits until no event has arrived for {@code quiet}, but never longer than {@code limit}: the
   * page has settled, or is as settled as it will get.
   *
   * @param quiet how long without events counts as settled
   * @param limit the longest wait
   */
  void awaitQuiet(Duration quiet, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      long now = System.nanoTime();
      long idle = now - inbox.lastEventNanos();
      if (idle >= quiet.toNanos() || now - deadline >= 0) {
        return;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(quiet.toNanos() - idle, deadline - now));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Closes the socket, briefly politely, then for good; waiting calls fail. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(2, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      // already closed by Chromium, or not answering: aborted below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      socket.abort();
      inbox.shutDown(new CdpException("the connection to " + endpoint + " was closed"));
    }
  }
}
