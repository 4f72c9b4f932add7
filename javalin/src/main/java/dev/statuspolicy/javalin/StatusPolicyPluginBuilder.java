package dev.statuspolicy.javalin;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.servlet.HostFacts;
import dev.statuspolicy.servlet.ServletAdapterBuilder;
import dev.statuspolicy.servlet.StatusPolicyFilter;
import java.util.function.Consumer;

/**
 * Configures a {@link StatusPolicyPlugin}: the policy and the backend (given to {@code
 * builder}), the host's facts, and where each served request is logged. Not thread-safe; {@link
 * #build()} copies the settings, so the builder may be reused.
 */
public final class StatusPolicyPluginBuilder {

  private final StatusPolicy policy;
  private final ServletAdapterBuilder<StatusPolicyFilter> filter;

  StatusPolicyPluginBuilder(StatusPolicy policy, ServletAdapterBuilder<StatusPolicyFilter> filter) {
    this.policy = policy;
    this.filter = filter;
  }

  /**
   * Sets what the host adds to each request's facts; by default nothing, so every request is
   * not listed, has no credentials, and is counted by the policy's own quota counter. It runs
   * after the wire facts are set (method, raw path and query, headers, and the transport from
   * {@code isSecure()}), so a value set here wins.
   *
   * @param facts the host's facts, such as {@code (request, facts) -> facts.blocklist(..)}
   * @return this builder
   * @throws NullPointerException if {@code facts} is null
   */
  public StatusPolicyPluginBuilder facts(HostFacts facts) {
    filter.facts(facts);
    return this;
  }

  /**
   * Sets what is told of each served request, after its response is written (or aborted). By
   * default only unexpected failures are logged, with their cause, at {@code WARNING} on the
   * platform logger ({@link System.Logger}) named {@code dev.statuspolicy.servlet}. Javalin's
   * own request loggers never see these requests.
   *
   * @param log the consumer, such as {@code served -> logger.info(served.logLine())}
   * @return this builder
   * @throws NullPointerException if {@code log} is null
   */
  public StatusPolicyPluginBuilder log(Consumer<? super Served> log) {
    filter.log(log);
    return this;
  }

  /**
   * Returns the plugin, with the settings as they are now, for {@code
   * config.registerPlugin(..)}.
   *
   * @return the plugin
   */
  public StatusPolicyPlugin build() {
    return new StatusPolicyPlugin(filter.build(), policy);
  }
}
