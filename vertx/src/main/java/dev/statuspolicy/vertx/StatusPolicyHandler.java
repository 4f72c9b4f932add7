package dev.statuspolicy.vertx;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.AsyncBackend;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Serves every request of its route through {@link StatusPolicy#serveAsync}, without blocking
 * the event loop: the answer, status line, headers and body, is the policy's. Mount it on a
 * route that names no method, so that every method reaches it (OPTIONS, TRACE and unknown ones
 * included, which the policy answers 405), and call nothing after it:
 *
 * <pre>{@code
 * router.route("/weatherapi/*").handler(StatusPolicyHandler.builder(policy, backend).build());
 * }</pre>
 *
 * <p>A route limited to methods ({@code router.get(...)}, {@code route().method(GET)}) leaves
 * the others to Vert.x web, which answers them 405 itself, with its own {@code allow: HEAD,GET}
 * and no body. Create the server with {@link StatusPolicyServerOptions#of}, so that a long
 * target reaches the policy.
 *
 * <p>The facts are the method as received, the raw request target ({@link
 * HttpServerRequest#uri()}, undecoded, so that a malformed query reaches the policy as sent), the
 * headers the policy reads, and {@link Transport#HTTPS} when {@link HttpServerRequest#isSSL()};
 * the {@linkplain Builder#facts facts hook} adds the host's verdicts. The backend's {@link
 * Future} may complete on any thread; the response is written on the request's context.
 *
 * <p>By default the quota is counted by the policy's {@link dev.statuspolicy.QuotaCounter},
 * synchronously on the event loop, so that counter must not block: an in-memory one does not, a
 * call to a shared store such as Redis does. For such a store, {@linkplain Builder#quota set} an
 * {@link AsyncQuotaCounter}, which counts before admission and never blocks. A 499 sends nothing:
 * it closes the connection (resets the stream on HTTP/2).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class StatusPolicyHandler implements Handler<RoutingContext> {

  private final StatusPolicy policy;
  private final VertxBackend backend;
  private final BiConsumer<RoutingContext, RequestFacts.Builder> facts;
  private final @Nullable AsyncQuotaCounter quota;
  private final Consumer<Served> log;

  private StatusPolicyHandler(Builder builder) {
    this.policy = builder.policy;
    this.backend = builder.backend;
    this.facts = builder.facts;
    this.quota = builder.quota;
    this.log = builder.log;
  }

  /**
   * Returns a builder for a handler that serves with this policy and backend.
   *
   * @param policy the policy
   * @param backend the backend, called for admitted requests only
   * @return the builder
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(StatusPolicy policy, VertxBackend backend) {
    return new Builder(policy, backend);
  }

  /**
   * Serves one request; called by the router on the request's event loop.
   *
   * @param routing the request's routing context
   */
  @Override
  public void handle(RoutingContext routing) {
    HttpServerRequest request = routing.request();
    RequestFacts.Builder described = RequestFacts.builder()
        .method(request.method().name())
        .target(RawTarget.of(request.uri()))
        .headers(request.headers()::getAll)
        .transport(request.isSSL() ? Transport.HTTPS : Transport.HTTP);
    facts.accept(routing, described);
    RequestFacts uncounted = described.build();
    Context context = routing.vertx().getOrCreateContext();
    AsyncBackend fetching = admitted -> {
      Future<Reply> started = backend.fetch(admitted, routing);
      return started == null ? null : started.toCompletionStage();
    };
    if (quota == null) {
      serve(routing, context, uncounted, fetching);
      return;
    }
    count(quota, uncounted).onComplete(counted -> onContext(context, () -> {
      if (counted.failed() && storeDown(counted.cause())) {
        // the store could not count: the policy's quota outage setting decides, as for its own
        // counter; the backend is called if the request is admitted
        serve(routing, context, uncounted.toBuilder().quotaUnknown().build(), fetching);
      } else {
        serve(routing, context, counted(uncounted, counted), counted.succeeded() ? fetching
            : admitted -> failedCount(counted.cause()));
      }
    }));
  }

  /** Whether a count failed because its store could not count, as a CompletionStage may wrap it. */
  private static boolean storeDown(Throwable cause) {
    return cause instanceof QuotaUnavailableException
        || (cause instanceof CompletionException && cause.getCause() instanceof QuotaUnavailableException);
  }

  private Future<QuotaUsage> count(AsyncQuotaCounter counter, RequestFacts facts) {
    QuotaClaim claim = policy.quotaFor(facts);
    try {
      Future<QuotaUsage> counted = counter.count(claim);
      return counted != null ? counted
          : Future.failedFuture(new IllegalStateException("the quota counter returned no future"));
    } catch (RuntimeException failed) {
      return Future.failedFuture(failed);
    }
  }

  private static RequestFacts counted(RequestFacts facts, AsyncResult<QuotaUsage> counted) {
    QuotaUsage usage = counted.succeeded() ? counted.result() : null;
    return usage == null ? facts : facts.toBuilder().quota(usage).build();
  }

  /**
   * A failed count is answered as an unexpected failure: 500, and never the 504 a timed-out
   * backend gets, since a counter that timed out is not a backend that did.
   */
  private static CompletionStage<Reply> failedCount(Throwable cause) {
    return CompletableFuture.failedFuture(new IllegalStateException("the quota count failed", cause));
  }

  private void serve(RoutingContext routing, Context context, RequestFacts facts,
      AsyncBackend fetching) {
    RecordedResponse response = new RecordedResponse();
    policy.serveAsync(facts, fetching, response).whenComplete((served, failed) ->
        onContext(context, () -> {
          if (served == null) {
            // only a fatal error gets here; send nothing rather than an answer not the policy's
            routing.response().reset();
            return;
          }
          response.writeTo(routing.response(), routing.request().method());
          log.accept(served);
        }));
  }

  /** Runs on the request's context: at once when already there, else as its next task. */
  private static void onContext(Context context, Runnable task) {
    if (Vertx.currentContext() == context) {
      task.run();
    } else {
      context.runOnContext(ignored -> task.run());
    }
  }

  /**
   * Builds a {@link StatusPolicyHandler}. Not thread-safe; {@link #build()} copies the settings.
   */
  public static final class Builder {
    private final StatusPolicy policy;
    private final VertxBackend backend;
    private BiConsumer<RoutingContext, RequestFacts.Builder> facts = (routing, described) -> { };
    private @Nullable AsyncQuotaCounter quota;
    private Consumer<Served> log = served -> { };

    private Builder(StatusPolicy policy, VertxBackend backend) {
      this.policy = Objects.requireNonNull(policy, "policy");
      this.backend = Objects.requireNonNull(backend, "backend");
    }

    /**
     * Sets the facts hook, called on the event loop for every request after the method, target,
     * headers and transport are in: it adds the host's verdicts (blocklist, credentials, request
     * id), and may override anything. Nothing by default, which leaves every verdict at its
     * {@link RequestFacts} default.
     *
     * @param facts the hook; it must not block, nor write to the response. One that throws fails
     *     the routing context, and Vert.x web answers 500 itself
     * @return this builder
     * @throws NullPointerException if {@code facts} is null
     */
    public Builder facts(BiConsumer<RoutingContext, RequestFacts.Builder> facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Sets the counter that counts each request for its quota before admission, without
     * blocking (see {@link AsyncQuotaCounter}). None by default: the policy's own {@link
     * dev.statuspolicy.QuotaCounter} counts, synchronously on the event loop, so it must not
     * block. With this counter set, leave the policy's at its default, which counts nothing.
     *
     * @param quota the counter
     * @return this builder
     * @throws NullPointerException if {@code quota} is null
     */
    public Builder quota(AsyncQuotaCounter quota) {
      this.quota = Objects.requireNonNull(quota, "quota");
      return this;
    }

    /**
     * Sets the log hook, given what was served, on the event loop, once the response is
     * written (also for a 499). Nothing by default. {@link Served#logLine()} is one line for an
     * access log.
     *
     * @param log the hook; it must not block
     * @return this builder
     * @throws NullPointerException if {@code log} is null
     */
    public Builder log(Consumer<Served> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /** {@return the handler, with the settings made so far} */
    public StatusPolicyHandler build() {
      return new StatusPolicyHandler(this);
    }
  }
}
