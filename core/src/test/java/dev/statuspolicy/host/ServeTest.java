package dev.statuspolicy.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.fixtures.Fixtures;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@link StatusPolicy#serve}: one call, and the sink gets exactly what the contract says. */
class ServeTest {

  private static final byte[] DOCUMENT = "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8);
  private static final Backend DATA = admitted -> Reply.data(
      Fixtures.VALIDATORS, Content.of("application/json", DOCUMENT));

  private final StatusPolicy policy = Fixtures.policy();
  private final RecordingSink sink = new RecordingSink();

  @Test
  void aGetOfDataWritesThePolicysHeadersThenTheDataTypeAndTheDocumentWithItsLength()
      throws IOException {
    RequestFacts facts = Fixtures.fine().build();
    Served served = policy.serve(facts, DATA, sink);

    assertThat(sink.status).isEqualTo(200);
    assertThat(sink.reason).isEqualTo("OK");
    List<RecordingSink.Written> expected = new ArrayList<>();
    served.decision().headers().forEach(h -> expected.add(new RecordingSink.Written(h.name(), h.value())));
    expected.add(new RecordingSink.Written("Content-Type", "application/json"));
    assertThat(sink.headers).containsExactlyElementsOf(expected);
    assertThat(sink.header("ETag")).isEqualTo(Fixtures.VALIDATORS.etag());
    assertThat(sink.contentLength).isEqualTo(DOCUMENT.length);
    assertThat(sink.body).isEqualTo(DOCUMENT);
    assertThat(served.reachedBackend()).isTrue();
    assertThat(served.failure()).isNull();
  }

  @Test
  void aHeadOfDataSendsTheLengthAndTypeGetWouldAndNoBody() throws IOException {
    policy.serve(Fixtures.fine().method("HEAD").build(), DATA, sink);

    assertThat(sink.status).isEqualTo(200);
    assertThat(sink.header("Content-Type")).isEqualTo("application/json");
    assertThat(sink.contentLength).isEqualTo(DOCUMENT.length);
    assertThat(sink.body).isEmpty();
  }

  @Test
  void aHeadAnsweredWithADescriptionSendsItsLengthOrNoneWhenUnknown() throws IOException {
    policy.serve(Fixtures.fine().method("HEAD").build(),
        admitted -> Reply.data(Content.described("application/json", 1234)), sink);
    assertThat(sink.contentLength).isEqualTo(1234);
    assertThat(sink.header("Content-Type")).isEqualTo("application/json");

    RecordingSink unknown = new RecordingSink();
    policy.serve(Fixtures.fine().method("HEAD").build(),
        admitted -> Reply.data(Content.described("application/json", -1)), unknown);
    assertThat(unknown.status).isEqualTo(200);
    assertThat(unknown.contentLength).isEqualTo(-1);
    assertThat(unknown.body).isEmpty();
  }

  @Test
  void aGetServedADescriptionWithoutBytesIsA500BecauseThereIsNothingToSend() throws IOException {
    Served served = policy.serve(Fixtures.fine().build(),
        admitted -> Reply.data(Content.described("application/json", 10)), sink);

    assertThat(sink.status).isEqualTo(500);
    assertThat(served.failure()).isInstanceOf(IllegalStateException.class);
    assertThat(new String(sink.body, StandardCharsets.UTF_8)).doesNotContain("bytes");
  }

  @Test
  void aDataOutcomeWithoutAnyDocumentIsA500ForGetAndATypelessHead() throws IOException {
    Backend bare = admitted -> Reply.of(Outcome.data());
    policy.serve(Fixtures.fine().build(), bare, sink);
    assertThat(sink.status).isEqualTo(500);

    RecordingSink head = new RecordingSink();
    policy.serve(Fixtures.fine().method("HEAD").build(), bare, head);
    assertThat(head.status).isEqualTo(200);
    assertThat(head.header("Content-Type")).isNull();
    assertThat(head.contentLength).isEqualTo(-1);
  }

  @Test
  void a304SendsNeitherBodyNorContentLength() throws IOException {
    policy.serve(Fixtures.fine().header("If-None-Match", Fixtures.VALIDATORS.etag()).build(),
        DATA, sink);

    assertThat(sink.status).isEqualTo(304);
    assertThat(sink.contentLength).isEqualTo(-1);
    assertThat(sink.body).isEmpty();
    assertThat(sink.header("Content-Type")).isNull();
    assertThat(sink.header("ETag")).isEqualTo(Fixtures.VALIDATORS.etag());
  }

  @Test
  void anErrorSendsItsDocumentWithItsLengthAndAHeadOfItSendsNoLength() throws IOException {
    Served served = policy.serve(Fixtures.get("/weatherapi/nosuch/1.0/compact", "").build(),
        DATA, sink);
    assertThat(sink.status).isEqualTo(404);
    assertThat(served.reachedBackend()).isFalse();
    assertThat(sink.contentLength).isEqualTo(sink.body.length).isPositive();
    assertThat(sink.header("Content-Type")).startsWith("text/html");

    RecordingSink head = new RecordingSink();
    policy.serve(Fixtures.get("/weatherapi/nosuch/1.0/compact", "").method("HEAD").build(),
        DATA, head);
    assertThat(head.status).isEqualTo(404);
    assertThat(head.headers).isEqualTo(sink.headers);
    assertThat(head.contentLength).isEqualTo(-1);
    assertThat(head.body).isEmpty();
  }

  @Test
  void aRedirectToHttpsSaysItsEmptyBodyIsEmpty() throws IOException {
    StatusPolicy https = Fixtures.httpsPolicy();
    https.serve(Fixtures.fine().transport(dev.statuspolicy.request.Transport.HTTP).build(), DATA,
        sink);

    assertThat(sink.status).isEqualTo(301);
    assertThat(sink.header("Location")).startsWith("https://");
    assertThat(sink.contentLength).isZero();
    assertThat(sink.body).isEmpty();
  }

  @Test
  void aClientThatHungUpAbortsTheExchangeAndNothingElseIsWritten() throws IOException {
    Served served = policy.serve(Fixtures.fine().build(),
        admitted -> Reply.of(Outcome.clientClosed()), sink);

    assertThat(sink.calls).containsExactly("abort");
    assertThat(served.decision().status().code()).isEqualTo(499);
    assertThat(served.logLine()).endsWith("-> 499 client-closed-request (nothing sent)");
  }

  @Test
  void aThrowingBackendIsA500ThatTellsNothingOfTheThrowAndKeepsItForTheLogs() throws IOException {
    IllegalStateException thrown = new IllegalStateException("jdbc:postgresql://db/secret-password");
    Served served = policy.serve(Fixtures.fine().build(), admitted -> {
      throw thrown;
    }, sink);

    assertThat(sink.status).isEqualTo(500);
    String body = new String(sink.body, StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("secret").doesNotContain("IllegalState").doesNotContain("jdbc");
    assertThat(sink.headers.toString()).doesNotContain("secret");
    assertThat(served.failure()).isSameAs(thrown);
    assertThat(served.decision().row().value()).isEqualTo("internal-error");
  }

  @Test
  void anErrorThrownByTheBackendIsA500TooButTheJvmsOwnFailuresPropagate() throws IOException {
    policy.serve(Fixtures.fine().build(), admitted -> {
      throw new AssertionError("a bug in the backend");
    }, sink);
    assertThat(sink.status).isEqualTo(500);

    OutOfMemoryError oom = new OutOfMemoryError("simulated");
    assertThatThrownBy(() -> policy.serve(Fixtures.fine().build(), admitted -> {
      throw oom;
    }, new RecordingSink())).isSameAs(oom);
  }

  @Test
  void aTimeoutThrownByTheBackendIsA504() throws IOException {
    Served served = policy.serve(Fixtures.fine().build(), admitted -> {
      throw new TimeoutException("3 s");
    }, sink);

    assertThat(sink.status).isEqualTo(504);
    assertThat(served.decision().row().value()).isEqualTo("backend-timeout");
  }

  @Test
  void aTimeoutWrappedByAnExecutorOrAStageIsStillA504() throws IOException {
    for (Exception wrapped : List.of(new java.util.concurrent.ExecutionException(new TimeoutException("3 s")),
        new java.util.concurrent.CompletionException(new TimeoutException("3 s")),
        new java.util.concurrent.CompletionException(
            new java.util.concurrent.ExecutionException(new TimeoutException("3 s"))))) {
      RecordingSink recording = new RecordingSink();
      Served served = policy.serve(Fixtures.fine().build(), admitted -> {
        throw wrapped;
      }, recording);
      assertThat(recording.status).as("%s", wrapped).isEqualTo(504);
      assertThat(served.decision().row().value()).isEqualTo("backend-timeout");
    }
    RecordingSink bare = new RecordingSink();
    policy.serve(Fixtures.fine().build(), admitted -> {
      throw new java.util.concurrent.ExecutionException((Throwable) null);
    }, bare);
    assertThat(bare.status).as("a wrapper without a cause is the failure itself").isEqualTo(500);
  }

  @Test
  void anInterruptedBackendIsA500AndTheThreadStaysInterrupted() throws IOException {
    try {
      policy.serve(Fixtures.fine().build(), admitted -> {
        throw new InterruptedException();
      }, sink);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(sink.status).isEqualTo(500);
  }

  @Test
  void aNullReplyIsA500() throws IOException {
    Served served = policy.serve(Fixtures.fine().build(), admitted -> null, sink);

    assertThat(sink.status).isEqualTo(500);
    assertThat(served.failure()).hasMessageContaining("no reply");
  }

  @Test
  void theBackendIsCalledOnlyForAdmittedRequestsWithTheResolvedTargetAndParameters()
      throws IOException {
    AtomicInteger calls = new AtomicInteger();
    List<String> seen = new ArrayList<>();
    Backend backend = admitted -> {
      calls.incrementAndGet();
      seen.add(admitted.target().product().name() + " lat=" + admitted.parameters().value("lat"));
      return Reply.data(Content.of("application/json", DOCUMENT));
    };
    policy.serve(Fixtures.fine().method("POST").build(), backend, new RecordingSink());
    policy.serve(RequestFacts.builder().path("/weatherapi/forecast/3.0/compact")
        .query(Fixtures.INSIDE).build(), backend, new RecordingSink());
    assertThat(calls).hasValue(0);

    policy.serve(Fixtures.fine().build(), backend, sink);
    assertThat(calls).hasValue(1);
    assertThat(seen).containsExactly("forecast lat=60.1");
  }

  @Test
  void theQuotaIsCountedByThePolicysCounterOncePerServedRequestThatReachesIt() throws IOException {
    List<QuotaClaim> counted = new ArrayList<>();
    StatusPolicy counting = Fixtures.builder().quotaCounter(claim -> {
      counted.add(claim);
      return claim.usage(counted.size(), Duration.ofSeconds(1));
    }).build();

    counting.serve(Fixtures.fine().method("POST").build(), DATA, new RecordingSink());
    assertThat(counted).isEmpty();
    RecordingSink last = null;
    for (int i = 0; i < 25; i++) {
      last = new RecordingSink();
      counting.serve(Fixtures.fine().build(), DATA, last);
    }
    assertThat(counted).hasSize(25);
    assertThat(last.status).isEqualTo(429);
    assertThat(last.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void aFailingSinkEndsTheCallWithItsException() {
    IOException broken = new IOException("connection reset");
    ResponseSink failing = new ResponseSink() {
      @Override
      public void status(int code, String reason) {}

      @Override
      public void header(String name, String value) {}

      @Override
      public void body(long contentLength, byte[] bytes) throws IOException {
        throw broken;
      }

      @Override
      public void abort() {}
    };
    assertThatThrownBy(() -> policy.serve(Fixtures.fine().build(), DATA, failing)).isSameAs(broken);
  }

  @Test
  void theLogLineCannotBeForgedByTheTarget() throws IOException {
    Served served = policy.serve(Fixtures.get("/x\r\nGET /admin", "").build(), DATA, sink);

    assertThat(served.logLine()).doesNotContain("\r").doesNotContain("\n")
        .isEqualTo("GET /x??GET /admin -> 404 product-unknown");
  }

  @Test
  void nullArgumentsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> policy.serve(null, DATA, sink)).hasMessage("facts");
    assertThatThrownBy(() -> policy.serve(Fixtures.fine().build(), null, sink)).hasMessage("backend");
    assertThatThrownBy(() -> policy.serve(Fixtures.fine().build(), DATA, null)).hasMessage("sink");
  }
}
