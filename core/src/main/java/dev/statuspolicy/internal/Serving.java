package dev.statuspolicy.internal;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.host.AsyncBackend;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.ResponseSink;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Serves one request for {@link StatusPolicy#serve}: admits it, calls the backend only when
 * admitted, turns whatever the backend did into an outcome, decides, and writes the decision
 * through the sink under the contract of {@link ResponseSink}.
 */
public final class Serving {

  private static final byte[] NOTHING = new byte[0];

  private Serving() {}

  /**
   * Serves a request with a blocking backend.
   *
   * @param policy the policy
   * @param facts the request
   * @param backend the backend, called only when the request is admitted
   * @param sink the response
   * @return what was served
   * @throws IOException if the sink fails
   */
  public static Served serve(StatusPolicy policy, RequestFacts facts, Backend backend,
      ResponseSink sink) throws IOException {
    Admission admission = policy.admit(facts);
    if (admission instanceof Admission.Admitted admitted) {
      return finish(policy, admitted, fetch(backend, admitted), sink);
    }
    return reject(facts, (Admission.Rejected) admission, sink);
  }

  /**
   * Serves a request with a non-blocking backend. The response is written on the thread that
   * completes the backend's stage, or on the caller's when the request is turned away.
   *
   * @param policy the policy
   * @param facts the request
   * @param backend the backend, called only when the request is admitted
   * @param sink the response
   * @return a stage that completes once the response is written, exceptionally with an {@link
   *     IOException} (in a {@link CompletionException}) when the sink fails
   */
  public static CompletionStage<Served> serveAsync(StatusPolicy policy, RequestFacts facts,
      AsyncBackend backend, ResponseSink sink) {
    Admission admission = policy.admit(facts);
    if (!(admission instanceof Admission.Admitted admitted)) {
      try {
        return CompletableFuture.completedFuture(reject(facts, (Admission.Rejected) admission, sink));
      } catch (IOException failed) {
        return CompletableFuture.failedFuture(failed);
      }
    }
    CompletionStage<Reply> started;
    try {
      started = backend.fetch(admitted);
    } catch (Throwable failed) {
      // replyTo rethrows a fatal error, as it does for the synchronous backend
      started = CompletableFuture.completedFuture(replyTo(failed));
    }
    if (started == null) {
      started = CompletableFuture.completedFuture(noReply());
    }
    return started
        .handle((reply, failed) -> failed != null ? replyTo(failed) : reply != null ? reply : noReply())
        .thenApply(reply -> {
          try {
            return finish(policy, admitted, reply, sink);
          } catch (IOException failed) {
            throw new CompletionException(failed);
          }
        });
  }

  private static Served reject(RequestFacts facts, Admission.Rejected rejected, ResponseSink sink)
      throws IOException {
    write(rejected.decision(), null, sink);
    return new Served(facts, null, rejected.decision());
  }

  private static Reply fetch(Backend backend, Admission.Admitted admitted) {
    try {
      Reply reply = backend.fetch(admitted);
      return reply != null ? reply : noReply();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return replyTo(interrupted);
    } catch (Throwable failed) {
      return replyTo(failed);
    }
  }

  /** Turns what a backend threw, or completed its stage with, into an outcome. */
  private static Reply replyTo(Throwable failed) {
    Throwable cause = failed;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    Failures.rethrowIfFatal(cause);
    return Reply.of(cause instanceof TimeoutException
        ? Outcome.timedOut() : Outcome.unexpectedFailure(cause));
  }

  private static Reply noReply() {
    return Reply.of(Outcome.unexpectedFailure(
        new IllegalStateException("the backend returned no reply")));
  }

  private static Served finish(StatusPolicy policy, Admission.Admitted admitted, Reply reply,
      ResponseSink sink) throws IOException {
    Outcome outcome = reply.outcome();
    Decision decision = policy.respond(admitted, outcome);
    if (decision.body() instanceof Body.BackendData && !(reply.content() instanceof Content.Bytes)) {
      outcome = Outcome.unexpectedFailure(new IllegalStateException(
          "the backend's outcome is served as data, but its reply has no document bytes"));
      decision = policy.respond(admitted, outcome);
    }
    write(decision, reply.content(), sink);
    return new Served(admitted.facts(), outcome, decision);
  }

  /** Writes a decision through the sink, under the contract of {@link ResponseSink}. */
  static void write(Decision decision, @Nullable Content content, ResponseSink sink)
      throws IOException {
    if (!decision.sendsResponse()) {
      sink.abort();
      return;
    }
    HttpStatus status = decision.status();
    sink.status(status.code(), status.reason());
    for (Header header : decision.headers()) {
      sink.header(header.name(), header.value());
    }
    Body body = decision.body();
    if (body instanceof Body.ErrorDocument error) {
      byte[] bytes = error.bytes();
      sink.body(bytes.length, bytes);
    } else if (body instanceof Body.BackendData && content instanceof Content.Bytes document) {
      sink.header("Content-Type", document.mediaType());
      sink.body(document.bytes().length, document.bytes());
    } else if (status.isSuccess() && content != null) {
      // HEAD of data: GET's type, and its length when the backend knows it
      sink.header("Content-Type", content.mediaType());
      sink.body(content.length(), NOTHING);
    } else if (status == HttpStatus.MOVED_PERMANENTLY) {
      // a redirect has no body, to GET and HEAD alike
      sink.body(0, NOTHING);
    } else {
      // a 304; a HEAD of data without a document; a HEAD of an error, whose GET length is not
      // rendered: no Content-Length at all
      sink.body(-1, NOTHING);
    }
  }
}
