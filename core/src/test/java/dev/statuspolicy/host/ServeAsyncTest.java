package dev.statuspolicy.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.fixtures.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link StatusPolicy#serveAsync}: the answers of {@code serve}, written when the stage completes.
 */
class ServeAsyncTest {

  private static final byte[] DOCUMENT = "{}".getBytes(StandardCharsets.UTF_8);

  private final StatusPolicy policy = Fixtures.policy();
  private final RecordingSink sink = new RecordingSink();

  @Test
  void theResponseIsWrittenWhenTheBackendCompletesAndNotBefore() {
    CompletableFuture<Reply> pending = new CompletableFuture<>();
    CompletionStage<Served> served = policy.serveAsync(Fixtures.fine().build(), admitted -> pending, sink);

    assertThat(sink.calls).isEmpty();
    pending.complete(Reply.data(Content.of("application/json", DOCUMENT)));
    assertThat(served.toCompletableFuture().join().decision().status().code()).isEqualTo(200);
    assertThat(sink.status).isEqualTo(200);
    assertThat(sink.body).isEqualTo(DOCUMENT);
    assertThat(sink.contentLength).isEqualTo(DOCUMENT.length);
  }

  @Test
  void aStageThatFailsIsA500ThatTellsNothingOfTheFailure() {
    Served served = policy.serveAsync(Fixtures.fine().build(),
        admitted -> CompletableFuture.failedFuture(new RuntimeException("secret")), sink)
        .toCompletableFuture().join();

    assertThat(sink.status).isEqualTo(500);
    assertThat(new String(sink.body, StandardCharsets.UTF_8)).doesNotContain("secret");
    assertThat(served.failure()).hasMessage("secret");
  }

  @Test
  void aStageThatTimesOutIsA504() {
    policy.serveAsync(Fixtures.fine().build(),
        admitted -> new CompletableFuture<Reply>().orTimeout(1, TimeUnit.MILLISECONDS), sink)
        .toCompletableFuture().join();

    assertThat(sink.status).isEqualTo(504);
  }

  @Test
  void aFetchThatThrowsOrReturnsNoStageIsA500() {
    policy.serveAsync(Fixtures.fine().build(), admitted -> {
      throw new IllegalArgumentException("bad");
    }, sink).toCompletableFuture().join();
    assertThat(sink.status).isEqualTo(500);

    RecordingSink none = new RecordingSink();
    policy.serveAsync(Fixtures.fine().build(), admitted -> null, none).toCompletableFuture().join();
    assertThat(none.status).isEqualTo(500);

    RecordingSink empty = new RecordingSink();
    policy.serveAsync(Fixtures.fine().build(), admitted -> CompletableFuture.completedFuture(null),
        empty).toCompletableFuture().join();
    assertThat(empty.status).isEqualTo(500);
  }

  @Test
  void aRejectedRequestIsAnsweredAtOnceAndTheBackendIsNeverCalled() {
    AtomicInteger calls = new AtomicInteger();
    CompletionStage<Served> served = policy.serveAsync(Fixtures.fine().method("DELETE").build(),
        admitted -> {
          calls.incrementAndGet();
          return new CompletableFuture<>();
        }, sink);

    assertThat(served.toCompletableFuture()).isCompleted();
    assertThat(sink.status).isEqualTo(405);
    assertThat(sink.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(calls).hasValue(0);
  }

  @Test
  void aFailingSinkCompletesTheStageWithItsException() {
    IOException broken = new IOException("reset");
    ResponseSink failing = new ResponseSink() {
      @Override
      public void status(int code, String reason) throws IOException {
        throw broken;
      }

      @Override
      public void header(String name, String value) {}

      @Override
      public void body(long contentLength, byte[] bytes) {}

      @Override
      public void abort() {}
    };
    CompletableFuture<Served> admitted = policy.serveAsync(Fixtures.fine().build(),
        request -> CompletableFuture.completedFuture(Reply.data(Content.of("a/b", DOCUMENT))), failing)
        .toCompletableFuture();
    assertThat(admitted).failsWithin(java.time.Duration.ZERO)
        .withThrowableOfType(java.util.concurrent.ExecutionException.class).withCause(broken);

    CompletableFuture<Served> rejected = policy.serveAsync(Fixtures.fine().method("PUT").build(),
        request -> new CompletableFuture<>(), failing).toCompletableFuture();
    assertThat(rejected).isCompletedExceptionally();
    assertThat(rejected.handle((ok, failed) -> failed).join()).isSameAs(broken);
  }
}
