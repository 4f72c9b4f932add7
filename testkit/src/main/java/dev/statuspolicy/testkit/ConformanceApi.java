package dev.statuspolicy.testkit;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaCounter;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.Availability;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.host.Backend;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The API a server under test serves while the conformance suite ({@code AdapterConformance}) runs: a policy
 * over a small catalog in which every status of the table can be reached, and a backend whose
 * endpoints each produce one outcome. The adapter under test is set up exactly as a host would
 * set it up, with three things from here:
 *
 * <ul>
 *   <li>{@link #policy()}, a new one per server;
 *   <li>{@link #backend()};
 *   <li>{@link #verdicts}, the host's blocklist and token checks, applied to the request's
 *       headers when the adapter builds the facts.
 * </ul>
 *
 * <p>The adapter builds the facts as documented on {@link RequestFacts}: the method, the raw
 * target (path and query, undecoded), every value of the known headers, {@link
 * dev.statuspolicy.request.Transport#HTTP} for plain HTTP, and no request id.
 *
 * <p>The catalog, under {@code /weatherapi}:
 *
 * <ul>
 *   <li>{@code conformance}: strict identification, a Nordic box, at most four decimals.
 *       Version 1.0 is stable and has one endpoint per backend outcome ({@code data}, {@code
 *       empty}, {@code nodata}, {@code failed}, {@code timeout}, {@code unavailable}, {@code
 *       unexpected}, {@code throws}, {@code closed}), each taking {@code lat} and {@code lon};
 *       2.0 is beta, 0.9 deprecated, 0.5 retired, and 1.5 in maintenance;
 *   <li>{@code restricted}: version 1.0, endpoint {@code data}, needs a token with scope {@link
 *       #SCOPE};
 *   <li>{@code limited}: version 1.0, endpoint {@code data}, two requests per hour per
 *       application.
 * </ul>
 */
public final class ConformanceApi {

  /** The instant every conformance policy's clock stands at. */
  public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  /** When every document of the backend was last modified. */
  public static final Instant LAST_MODIFIED = Instant.parse("2026-06-01T10:00:00Z");

  /** The entity tag of every document of the backend. */
  public static final String ETAG = "\"conformance-1\"";

  /** The media type of every document of the backend. */
  public static final String DATA_TYPE = "application/json";

  /** The realm of the restricted product. */
  public static final String REALM = "conformance";

  /** The scope the restricted product needs. */
  public static final String SCOPE = "restricted";

  /** A token that {@link #verdicts} finds valid, with {@link #SCOPE}. */
  public static final String SCOPED_TOKEN = "conformance-scoped";

  /** A token that {@link #verdicts} finds valid, without {@link #SCOPE}. */
  public static final String UNSCOPED_TOKEN = "conformance-unscoped";

  /** A {@code User-Agent} fragment that {@link #verdicts} finds on the blocklist. */
  public static final String BLOCKED_AGENT = "BlockedBot";

  /** The limit of product {@code limited}, per application and hour. */
  public static final int LIMITED_REQUESTS = 2;

  /** The validators of every document of the backend. */
  public static final Validators VALIDATORS =
      new Validators(LAST_MODIFIED, Instant.parse("2026-06-01T13:00:00Z"), ETAG);

  private static final Map<String, byte[]> DOCUMENTS = Map.of(
      "data", "{\"type\":\"Feature\",\"properties\":{\"air_temperature\":12.5}}"
          .getBytes(StandardCharsets.UTF_8),
      "empty", "{}".getBytes(StandardCharsets.UTF_8));

  private static final Catalog CATALOG = Catalog.of(conformance(), restricted(), limited());

  private ConformanceApi() {}

  /**
   * Returns the catalog the conformance policy serves.
   *
   * @return the catalog
   */
  public static Catalog catalog() {
    return CATALOG;
  }

  /**
   * Returns a new conformance policy: the catalog, a clock fixed at {@link #NOW}, and a request
   * counter of its own. Use one per server under test; the suite keeps another to know the
   * answers. The counter's usage always resets a whole window after the request, so that both
   * count alike whatever the time.
   *
   * @return the policy
   */
  public static StatusPolicy policy() {
    return StatusPolicy.builder()
        .catalog(CATALOG)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .identifiedQuota(Quota.perSecond("default", 1_000_000))
        .quotaCounter(new Counter())
        .build();
  }

  /**
   * Returns the conformance backend: each endpoint of product {@code conformance} produces the
   * outcome it is named after ({@code throws} throws, with a message that must not reach the
   * client); the other products serve data.
   *
   * @return the backend
   */
  public static Backend backend() {
    return admitted -> {
      String endpoint = admitted.target().endpoint().name();
      return switch (endpoint) {
        case "data" -> Reply.data(VALIDATORS, Content.of(DATA_TYPE, DOCUMENTS.get("data")));
        case "empty" -> Reply.emptyDocument(VALIDATORS, Content.of(DATA_TYPE, DOCUMENTS.get("empty")));
        case "nodata" -> Reply.of(Outcome.noData());
        case "failed" -> Reply.of(Outcome.backendFailed());
        case "timeout" -> throw new TimeoutException("conformance backend: timed out");
        case "unavailable" -> Reply.of(Outcome.unavailable(Duration.ofSeconds(120)));
        case "unexpected" -> Reply.of(Outcome.unexpectedFailure(
            new IllegalStateException("conformance-secret: unexpected")));
        case "throws" -> throw new IllegalStateException("conformance-secret: thrown");
        case "closed" -> Reply.of(Outcome.clientClosed());
        default -> throw new IllegalStateException("no such conformance endpoint: " + endpoint);
      };
    };
  }

  /**
   * Adds the host's verdicts to the facts: the blocklist (a {@code User-Agent} containing {@link
   * #BLOCKED_AGENT} is blocked) and the credentials ({@code Authorization: Bearer} {@link
   * #SCOPED_TOKEN} or {@link #UNSCOPED_TOKEN} are valid, any other is invalid, none is none).
   *
   * @param headers the request's values of a header name, empty when absent
   * @param facts the facts being built
   * @return the same builder
   */
  public static RequestFacts.Builder verdicts(Function<String, List<String>> headers,
      RequestFacts.Builder facts) {
    boolean blocked = false;
    for (String agent : headers.apply("User-Agent")) {
      blocked |= agent.contains(BLOCKED_AGENT);
    }
    List<String> authorization = headers.apply("Authorization");
    return facts
        .blocklist(blocked ? BlocklistStanding.BLOCKED : BlocklistStanding.NOT_LISTED)
        .credentials(credentials(authorization.isEmpty() ? null : authorization.get(0)));
  }

  private static Credentials credentials(@Nullable String authorization) {
    if (authorization == null) {
      return Credentials.none();
    }
    return switch (authorization) {
      case "Bearer " + SCOPED_TOKEN -> Credentials.valid(SCOPE);
      case "Bearer " + UNSCOPED_TOKEN -> Credentials.valid("other");
      default -> Credentials.invalid();
    };
  }

  private static Endpoint located(String name) {
    return Endpoint.of(name, ParameterSpec.latitude(), ParameterSpec.longitude());
  }

  private static Product conformance() {
    Endpoint[] endpoints = {located("data"), located("empty"), located("nodata"),
        located("failed"), located("timeout"), located("unavailable"), located("unexpected"),
        located("throws"), located("closed")};
    return Product.builder("conformance")
        .identification(IdentificationMode.STRICT)
        .coverage(Coverage.box(54, 4, 72, 32))
        .precision(CoordinatePrecision.fourDecimals())
        .version(ProductVersion.of("1.0", Lifecycle.stable(), endpoints))
        .version(ProductVersion.of("2.0", Lifecycle.beta(), endpoints))
        .version(ProductVersion.of("0.9",
            Lifecycle.deprecated(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1), "1.0"),
            endpoints))
        .version(ProductVersion.of("0.5", Lifecycle.retired(LocalDate.of(2025, 1, 1), "1.0"),
            endpoints))
        .version(ProductVersion.of("1.5", Lifecycle.stable(), endpoints)
            .withAvailability(Availability.maintenance(Duration.ofMinutes(10))))
        .currentVersion("1.0")
        .build();
  }

  private static Product restricted() {
    return Product.builder("restricted")
        .access(Access.restricted(REALM, SCOPE))
        .version(ProductVersion.of("1.0", Lifecycle.stable(), located("data")))
        .build();
  }

  private static Product limited() {
    return Product.builder("limited")
        .identifiedQuota(new Quota("limited", LIMITED_REQUESTS, Duration.ofHours(1)))
        .version(ProductVersion.of("1.0", Lifecycle.stable(), located("data")))
        .build();
  }

  /** Counts per key for ever; each usage resets a whole window later, so counts are repeatable. */
  private static final class Counter implements QuotaCounter {
    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public @Nullable QuotaUsage count(QuotaClaim claim) {
      long requests = counts.computeIfAbsent(claim.key(), key -> new AtomicLong()).incrementAndGet();
      return claim.usage(requests, claim.quota().window());
    }
  }
}
