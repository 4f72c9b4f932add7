package dev.statuspolicy.vertx;

import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.testkit.ConformanceApi;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

/** The handler serving {@link ConformanceApi}, set up as a host would set it up. */
final class ConformanceServer {

  private ConformanceServer() {}

  /** The kit's backend, as a future completed at once on the event loop. */
  static VertxBackend backend() {
    Backend blocking = ConformanceApi.backend();
    return (admitted, routing) -> {
      try {
        return Future.succeededFuture(blocking.fetch(admitted));
      } catch (Exception failed) {
        return Future.failedFuture(failed);
      }
    };
  }

  /** The kit's backend, as a future that another thread completes, off the event loop. */
  static VertxBackend backendOn(Executor elsewhere) {
    Backend blocking = ConformanceApi.backend();
    return (admitted, routing) -> Future.fromCompletionStage(CompletableFuture.supplyAsync(() -> {
      try {
        return blocking.fetch(admitted);
      } catch (Exception failed) {
        throw new java.util.concurrent.CompletionException(failed);
      }
    }, elsewhere));
  }

  /** The handler with the kit's verdicts, its policy counting the quota. */
  static StatusPolicyHandler.Builder handler(StatusPolicy policy, VertxBackend backend) {
    return StatusPolicyHandler.builder(policy, backend)
        .facts((routing, facts) -> ConformanceApi.verdicts(routing.request().headers()::getAll, facts));
  }

  /**
   * A counter that counts as the kit's own does (per key, for ever, each usage resetting a whole
   * window later), answering from another thread.
   */
  static AsyncQuotaCounter counterOn(Executor elsewhere) {
    Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
    return claim -> Future.fromCompletionStage(CompletableFuture.supplyAsync(
        () -> count(counts, claim), elsewhere));
  }

  private static QuotaUsage count(Map<String, AtomicLong> counts, QuotaClaim claim) {
    long requests = counts.computeIfAbsent(claim.key(), key -> new AtomicLong()).incrementAndGet();
    return claim.usage(requests, claim.quota().window());
  }
}
