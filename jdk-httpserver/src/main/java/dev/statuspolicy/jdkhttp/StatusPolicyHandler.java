package dev.statuspolicy.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsExchange;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Served;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Serves every exchange through {@link StatusPolicy#serve}, for the JDK's {@code
 * com.sun.net.httpserver} server: every method (OPTIONS, TRACE and unknown ones included) and
 * every path reach the policy, and the response is the policy's.
 *
 * <p>The facts are the method, the raw path and query as received, every header, and {@link
 * Transport#HTTPS} for an {@link HttpsExchange}, else {@link Transport#HTTP}; the {@linkplain
 * Builder#facts facts hook} adds the host's verdicts (blocklist, credentials, request id) and may
 * change any of them.
 *
 * <p>What the JDK's server does that no handler can change, all permitted by HTTP:
 *
 * <ul>
 *   <li>it re-spells header names with only the first letter upper case ({@code Etag}, {@code
 *       Ratelimit-policy}, {@code Content-length}) and writes them in the order of a hash map;
 *   <li>it writes its own reason phrase, and none for codes it does not know, such as 422 and 429;
 *   <li>it adds {@code Date};
 *   <li>it answers a request target that is not a valid URI (a malformed {@code %} escape) with
 *       its own 400 before any handler runs.
 * </ul>
 *
 * <p>A 499 (the client is gone) closes the connection with nothing written, and ends the
 * exchange with a {@link ClientGoneException} so that the server drops the connection from its
 * books. A failing write ends it with the {@link IOException}. Either way the server closes the
 * connection.
 *
 * <p>Immutable and thread-safe once built.
 */
public final class StatusPolicyHandler implements HttpHandler {

  private final StatusPolicy policy;
  private final ExchangeBackend backend;
  private final BiConsumer<HttpExchange, RequestFacts.Builder> facts;
  private final Consumer<Served> log;

  private StatusPolicyHandler(Builder builder) {
    this.policy = Objects.requireNonNull(builder.policy, "policy");
    this.backend = Objects.requireNonNull(builder.backend, "backend");
    this.facts = builder.facts;
    this.log = builder.log;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no policy and no backend
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Serves one exchange.
   *
   * @param exchange the exchange
   * @throws ClientGoneException when the policy decided 499, after closing the connection
   * @throws IOException if the response cannot be written
   */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    RequestFacts.Builder described = RequestFacts.builder()
        .method(exchange.getRequestMethod())
        .target(rawTarget(exchange.getRequestURI()))
        .headers(exchange.getRequestHeaders()::get)
        .transport(exchange instanceof HttpsExchange ? Transport.HTTPS : Transport.HTTP);
    facts.accept(exchange, described);
    ExchangeSink sink = new ExchangeSink(exchange);
    Served served = policy.serve(described.build(),
        admitted -> backend.fetch(admitted, exchange), sink);
    log.accept(served);
    if (sink.aborted()) {
      throw new ClientGoneException();
    }
  }

  private static String rawTarget(URI uri) {
    String path = uri.getRawPath();
    String query = uri.getRawQuery();
    return (path == null ? "" : path) + (query == null ? "" : "?" + query);
  }

  /**
   * Builds a {@link StatusPolicyHandler}. Not thread-safe; {@link #build()} copies what it needs.
   */
  public static final class Builder {
    private @Nullable StatusPolicy policy;
    private @Nullable ExchangeBackend backend;
    private BiConsumer<HttpExchange, RequestFacts.Builder> facts = (exchange, described) -> { };
    private Consumer<Served> log = served -> { };

    private Builder() {}

    /**
     * Sets the policy. Required.
     *
     * @param policy the policy
     * @return this builder
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder policy(StatusPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the backend, called for admitted requests only. This or {@link
     * #backend(ExchangeBackend)} is required.
     *
     * @param backend the backend
     * @return this builder
     * @throws NullPointerException if {@code backend} is null
     */
    public Builder backend(Backend backend) {
      Objects.requireNonNull(backend, "backend");
      this.backend = (admitted, exchange) -> backend.fetch(admitted);
      return this;
    }

    /**
     * Sets a backend that also reads the exchange, such as a header the policy does not know.
     *
     * @param backend the backend
     * @return this builder
     * @throws NullPointerException if {@code backend} is null
     */
    public Builder backend(ExchangeBackend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /**
     * Sets the facts hook, called for every exchange after the method, target, headers and
     * transport are in: it adds the host's verdicts, and may override anything. Nothing by
     * default, which leaves every verdict at its {@link RequestFacts} default.
     *
     * @param facts the hook; it must not write to the exchange
     * @return this builder
     * @throws NullPointerException if {@code facts} is null
     */
    public Builder facts(BiConsumer<HttpExchange, RequestFacts.Builder> facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
      return this;
    }

    /**
     * Sets the log hook, given what was served after the response is written (also for a 499).
     * Nothing by default. {@link Served#logLine()} is one line for an access log.
     *
     * @param log the hook
     * @return this builder
     * @throws NullPointerException if {@code log} is null
     */
    public Builder log(Consumer<Served> log) {
      this.log = Objects.requireNonNull(log, "log");
      return this;
    }

    /**
     * Returns the handler.
     *
     * @return the handler
     * @throws NullPointerException if the policy or the backend was not set
     */
    public StatusPolicyHandler build() {
      return new StatusPolicyHandler(this);
    }
  }
}
