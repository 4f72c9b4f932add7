package dev.statuspolicy.servlet;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Served;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Configures a {@link StatusPolicyFilter} or a {@link StatusPolicyServlet}: the policy and the
 * backend (given to {@code builder}), the host's facts, and where each served request is logged.
 * Not thread-safe; {@link #build()} copies the settings, so the builder may be reused.
 *
 * @param <T> what {@link #build()} returns: the filter or the servlet
 */
public final class ServletAdapterBuilder<T> {

  private static final System.Logger LOGGER = System.getLogger("dev.statuspolicy.servlet");

  /**
   * Logs the requests whose backend failed unexpectedly, with the cause, at {@code WARNING} on
   * the platform logger {@code dev.statuspolicy.servlet}; the response told the client nothing
   * of it, so this is where it is seen.
   */
  static final Consumer<Served> FAILURES = served -> {
    Throwable failure = served.failure();
    if (failure != null) {
      LOGGER.log(System.Logger.Level.WARNING, served.logLine(), failure);
    }
  };

  private final StatusPolicy policy;
  private final ServletBackend backend;
  private final Function<ServletServing, T> adapter;
  private HostFacts facts = HostFacts.NONE;
  private Consumer<? super Served> log = FAILURES;

  ServletAdapterBuilder(StatusPolicy policy, ServletBackend backend,
      Function<ServletServing, T> adapter) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.adapter = adapter;
  }

  /**
   * Sets what the host adds to each request's facts; by default nothing, so every request is
   * not listed, has no credentials, and is counted by the policy's own quota counter.
   *
   * @param facts the host's facts, such as {@code (request, facts) -> facts.blocklist(..)}
   * @return this builder
   * @throws NullPointerException if {@code facts} is null
   */
  public ServletAdapterBuilder<T> facts(HostFacts facts) {
    this.facts = Objects.requireNonNull(facts, "facts");
    return this;
  }

  /**
   * Sets what is told of each served request, after its response is written (or aborted). By
   * default only unexpected failures are logged, with their cause, at {@code WARNING} on the
   * platform logger ({@link System.Logger}) named {@code dev.statuspolicy.servlet}.
   *
   * @param log the consumer, such as {@code served -> logger.info(served.logLine())}
   * @return this builder
   * @throws NullPointerException if {@code log} is null
   */
  public ServletAdapterBuilder<T> log(Consumer<? super Served> log) {
    this.log = Objects.requireNonNull(log, "log");
    return this;
  }

  /**
   * Returns the filter or servlet, with the settings as they are now.
   *
   * @return the adapter
   */
  public T build() {
    return adapter.apply(new ServletServing(policy, backend, facts, log));
  }
}
