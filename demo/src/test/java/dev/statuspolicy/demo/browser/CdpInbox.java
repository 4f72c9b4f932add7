package dev.statuspolicy.demo.browser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The receiving half of a DevTools websocket: it puts split text frames back together, hands each
 * answer to the call waiting for its id and each event to the listeners of its method. It asks the
 * socket for one message at a time, so nothing arrives before the previous message is handled.
 * Listeners run on the socket's thread, in the order Chromium sent the events, and must not block.
 */
final class CdpInbox implements WebSocket.Listener {
  /** Above this size the reassembly buffer is given back once its message is handled. */
  private static final int KEEP_BUFFER_CHARS = 1 << 20;

  private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final Map<String, List<Consumer<JsonNode>>> listeners = new ConcurrentHashMap<>();
  private final StringBuilder partial = new StringBuilder(64 * 1024);
  private volatile long lastEventNanos = System.nanoTime();
  private volatile @Nullable CdpException closed;

  /**
   * Registers the call with this id, before its request is sent.
   *
   * @param id the request id
   * @return the future that receives the call's {@code result}, or fails with its error
   */
  CompletableFuture<JsonNode> expect(long id) {
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    pending.put(id, answer);
    CdpException reason = closed;
    if (reason != null) {
      failAll(reason);
    }
    return answer;
  }

  /**
   * Drops a call that will not be waited for any more.
   *
   * @param id the request id
   */
  void forget(long id) {
    pending.remove(id);
  }

  /**
   * Adds a listener for one event method.
   *
   * @param method the event, such as {@code Page.loadEventFired}
   * @param listener receives the event's {@code params}
   */
  void on(String method, Consumer<JsonNode> listener) {
    listeners.computeIfAbsent(method, m -> new CopyOnWriteArrayList<>()).add(listener);
  }

  /** {@return when the last event arrived, on the {@link System#nanoTime()} scale} */
  long lastEventNanos() {
    return lastEventNanos;
  }

  /**
   * Fails every waiting call, and every later one, because the socket is gone.
   *
   * @param reason why
   */
  void shutDown(CdpException reason) {
    closed = reason;
    failAll(reason);
  }

  @Override
  public void onOpen(WebSocket socket) {
    socket.request(1);
  }

  @Override
  public @Nullable CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      String message = partial.toString();
      partial.setLength(0);
      if (partial.capacity() > KEEP_BUFFER_CHARS) {
        partial.trimToSize();
      }
      dispatch(message);
    }
    socket.request(1);
    return null;
  }

  @Override
  public @Nullable CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
    socket.request(1);
    return null;
  }

  @Override
  public @Nullable CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
    shutDown(new CdpException("the DevTools websocket closed: " + statusCode + " " + reason));
    return null;
  }

  @Override
  public void onError(WebSocket socket, Throwable error) {
    CdpException reason = new CdpException("the DevTools websocket failed", error);
    shutDown(reason);
  }

  /** Routes one whole message: an answer to its call, an event to its listeners. */
  private void dispatch(String text) {
    JsonNode message;
    try {
      message = CdpConnection.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      System.err.println("[chromium] unreadable DevTools message: " + e.getOriginalMessage());
      return;
    }
    if (message.has("id")) {
      answer(message);
    } else if (message.has("method")) {
      lastEventNanos = System.nanoTime();
      for (Consumer<JsonNode> listener :
          listeners.getOrDefault(message.path("method").asText(), List.of())) {
        try {
          listener.accept(message.path("params"));
        } catch (RuntimeException e) {
          System.err.println("[chromium] listener of " + message.path("method") + " failed: " + e);
        }
      }
    }
  }

  /** Completes the call an answer belongs to, with its result or its error. */
  private void answer(JsonNode message) {
    CompletableFuture<JsonNode> call = pending.remove(message.path("id").asLong());
    if (call == null) {
      return;
    }
    JsonNode error = message.path("error");
    if (error.isMissingNode()) {
      call.complete(message.path("result"));
    } else {
      call.completeExceptionally(
          new CdpException(
              error.path("message").asText("error")
                  + " (code "
                  + error.path("code").asText()
                  + ")"
                  + (error.has("data") ? ": " + error.path("data").asText() : "")));
    }
  }

  /** Fails the calls still waiting. */
  private void failAll(CdpException reason) {
    for (Long id : List.copyOf(pending.keySet())) {
      CompletableFuture<JsonNode> call = pending.remove(id);
      if (call != null) {
        call.completeExceptionally(reason);
      }
    }
  }
}
