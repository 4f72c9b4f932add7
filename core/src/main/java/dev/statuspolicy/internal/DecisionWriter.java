package dev.statuspolicy.internal;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.Quota;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.internal.parse.AcceptNegotiation;
import dev.statuspolicy.internal.parse.HttpDates;
import dev.statuspolicy.internal.render.Problem;
import dev.statuspolicy.internal.render.ProblemHtml;
import dev.statuspolicy.internal.render.ProblemJson;
import dev.statuspolicy.internal.render.ProblemText;
import dev.statuspolicy.internal.render.Seconds;
import dev.statuspolicy.internal.render.ServerFaults;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Challenge;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RuleContext;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a fired row into a complete decision. The mandatory headers are written here, from the
 * status and the evidence, the same way for every row, so no row (a product team's included) can
 * leave one out:
 *
 * <ul>
 *   <li>200 and 203: {@code ETag}, {@code Last-Modified} and {@code Expires} when the backend
 *       knows them, a {@code Last-Modified} later than the clock sent as the clock's time (RFC
 *       9110 section 8.8.2.1); {@code Deprecation}, {@code Sunset} and {@code Link} when the
 *       version is deprecated.
 *   <li>304: {@code ETag}, {@code Last-Modified} and {@code Expires} exactly as a 200 would
 *       carry them, {@code Last-Modified} next to the {@code ETag} too (RFC 9110 section 15.4.5
 *       allows it, and clients that replace their stored headers with a 304's need it). No body
 *       and no {@code Content-Type}.
 *   <li>301: {@code Location}.
 *   <li>Every 4xx and 5xx: {@code X-ErrorClass} with the row id; {@code Allow} on 405; the
 *       challenge on 401; {@code Retry-After} on 429 (always) and on 503 (when known), in whole
 *       seconds up to {@link Seconds#MAX}; {@code RateLimit-Policy} and {@code RateLimit} on 429,
 *       and on 200, 203 and 304 when the policy sends them on success and the usage is known;
 *       {@code Cache-Control: no-store} on 429 and 5xx; and with the negotiated body {@code
 *       Content-Type} (UTF-8), {@code X-Content-Type-Options: nosniff} and {@code Vary: Accept}.
 *   <li>A 4xx also shows the lifecycle of the version ({@code Deprecation}, {@code Sunset},
 *       {@code Link}); a 5xx shows no evidence at all, in its headers as in its body.
 * </ul>
 *
 * <p>Every response that is sent ends with the CORS headers of {@link
 * dev.statuspolicy.AllowedOrigins}: {@code Access-Control-Allow-Origin} (unless a listed origin
 * does not match) and {@code Access-Control-Expose-Headers}, after {@code Vary: Origin} when the
 * origins are not {@code *}. With a negotiated body the two reasons share one field, {@code Vary:
 * Accept, Origin}.
 *
 * <p>HEAD gets exactly the headers GET would get, and no body. A 499 is for the logs: it carries
 * {@code X-ErrorClass} and nothing else. The 200 path allocates only what it must.
 */
final class DecisionWriter {

  private static final String HTML_POLICY = "default-src 'none'; frame-ancestors 'none'";
  private static final Header NO_STORE = new Header("Cache-Control", "no-store");
  private static final Header NOSNIFF = new Header("X-Content-Type-Options", "nosniff");
  private static final Header VARY_ACCEPT = new Header("Vary", "Accept");
  /** One field for both, rather than two {@code Vary} fields a client would have to merge. */
  private static final Header VARY_ACCEPT_ORIGIN = new Header("Vary", "Accept, Origin");
  private static final Header HTML_SECURITY = new Header("Content-Security-Policy", HTML_POLICY);
  private static final Header[] CONTENT_TYPES = contentTypes();

  private static final List<String> GET_AND_HEAD = List.of("GET", "HEAD");

  /** An {@code Allow} field and the list of methods it was made from. */
  private record AllowField(List<String> methods, Header header) {}

  /** A {@code Retry-After} field and its seconds. */
  private record RetryAfterField(long seconds, Header header) {}

  private final PolicyConfig config;
  private volatile @Nullable AllowField lastAllow;
  private volatile @Nullable RetryAfterField lastRetryAfter;
  private final SuccessHeaders successHeaders = new SuccessHeaders();
  private final RowText.Cache rowTexts;
  private final CorsHeaders cors;

  DecisionWriter(PolicyConfig config) {
    this.config = config;
    this.rowTexts = new RowText.Cache(config.problemTypeBase());
    this.cors = new CorsHeaders(config.allowedOrigins());
  }

  private static Header[] contentTypes() {
    ErrorFormat[] formats = ErrorFormat.values();
    Header[] headers = new Header[formats.length];
    for (ErrorFormat format : formats) {
      headers[format.ordinal()] = new Header("Content-Type", format.contentType());
    }
    return headers;
  }

  Decision write(RowDefinition row, HttpStatus status, Evidence evidence, RuleContext context,
      Trace trace) {
    RequestFacts facts = context.facts();
    boolean head = facts.method().equals("HEAD");
    @Nullable Header allowOrigin = cors.allowOrigin(facts);
    if (status.isSuccess() || status == HttpStatus.NOT_MODIFIED) {
      Decision success = data(row, status, evidence, context.outcome(), context.now(), allowOrigin,
          head, trace);
      return config.rateLimitHeadersOnSuccess()
          ? RateLimitHeaders.onSuccess(success, usage(context)) : success;
    }
    List<Header> headers = new HeaderList(12);
    if (status == HttpStatus.MOVED_PERMANENTLY) {
      if (evidence.location() != null) {
        headers.add(new Header("Location", linkTarget(evidence.location())));
      }
      cors.append(headers, allowOrigin, true);
      return new Decision(status, headers, Body.EMPTY, row.id(), trace);
    }
    return error(row, status, evidence, facts, allowOrigin, head, headers, trace);
  }

  private Decision data(RowDefinition row, HttpStatus status, Evidence evidence,
      @Nullable Outcome outcome, Instant now, @Nullable Header allowOrigin, boolean head,
      Trace trace) {
    Body body = head || status == HttpStatus.NOT_MODIFIED ? Body.EMPTY : Body.BACKEND_DATA;
    // A plain 200 or 304 repeats the headers of the last one with equal validators and the same
    // allowed origin: see SuccessHeaders.
    List<Header> repeated = successHeaders.find(status, evidence, outcome, now, allowOrigin);
    if (repeated != null) {
      return successHeaders.decision(status, repeated, body, row.id(), trace);
    }
    Validators validators = Documents.validators(outcome);
    boolean lifecycle = evidence != Evidence.NONE;
    List<Header> headers;
    if (!lifecycle && (validators == null || validators == Validators.none())) {
      headers = cors.alone(allowOrigin);
    } else {
      headers = new HeaderList(9);
      if (lifecycle) {
        lifecycleHeaders(evidence, headers);
      }
      if (validators != null) {
        if (validators.etag() != null) {
          headers.add(new Header("ETag", validators.etag()));
        }
        Instant lastModified = Documents.lastModified(validators, now);
        if (lastModified != null) {
          headers.add(new Header("Last-Modified", HttpDates.format(lastModified)));
        }
        if (validators.expires() != null) {
          headers.add(new Header("Expires", HttpDates.format(validators.expires())));
        }
      }
      cors.append(headers, allowOrigin, true);
    }
    Decision decision = new Decision(status, headers, body, row.id(), trace);
    successHeaders.remember(status, evidence, outcome, now, allowOrigin, decision.headers());
    return decision;
  }

  private Decision error(RowDefinition row, HttpStatus status, Evidence evidence,
      RequestFacts facts, @Nullable Header allowOrigin, boolean head, List<Header> headers,
      Trace trace) {
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      headers.add(allow(evidence.allowedMethods().isEmpty()
          ? GET_AND_HEAD : evidence.allowedMethods()));
    }
    Challenge challenge = evidence.challenge();
    if (challenge != null && (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN)) {
      headers.add(new Header("WWW-Authenticate", challenge(challenge)));
    }
    Quota quota = evidence.quota();
    long retryAfter = retryAfterSeconds(status, evidence, quota);
    if (retryAfter >= 0) {
      headers.add(retryAfter(retryAfter));
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS && quota != null) {
      headers.add(RateLimitHeaders.policy(quota));
      headers.add(RateLimitHeaders.exhausted(quota, retryAfter));
    }
    if (!status.isServerError()) {
      // a server fault's evidence may come from a product team's row: like the body, the
      // headers show none of it, so no link or date can leak what went wrong
      lifecycleHeaders(evidence, headers);
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS || status.isServerError()) {
      headers.add(NO_STORE);
    }
    RowText text = rowTexts.of(row);
    headers.add(text.errorClass());
    if (status == HttpStatus.CLIENT_CLOSED_REQUEST) {
      return new Decision(status, headers, Body.EMPTY, row.id(), trace);
    }
    ErrorFormat format = AcceptNegotiation.choose(
        facts.values(KnownHeader.ACCEPT), config.defaultErrorFormat());
    headers.add(CONTENT_TYPES[format.ordinal()]);
    headers.add(NOSNIFF);
    if (format == ErrorFormat.HTML) {
      headers.add(HTML_SECURITY);
    }
    headers.add(cors.variesByOrigin() ? VARY_ACCEPT_ORIGIN : VARY_ACCEPT);
    cors.append(headers, allowOrigin, false);
    Body body = head
        ? Body.EMPTY
        : new Body.ErrorDocument(
            format, render(format, problem(row, status, evidence, facts, retryAfter, text), text));
    return new Decision(status, headers, body, row.id(), trace);
  }

  /**
   * Returns the {@code Allow} field for the methods. The last one written is kept with its list: a
   * row answers every 405 with the same few methods, usually the very same list.
   *
   * @throws IllegalArgumentException if a method is not a token
   */
  private Header allow(List<String> methods) {
    AllowField last = lastAllow;
    if (last != null && (last.methods() == methods || last.methods().equals(methods))) {
      return last.header();
    }
    for (String method : methods) {
      if (!HeaderText.isToken(method)) {
        // a list element that is not a token could smuggle more methods, or more fields
        throw new IllegalArgumentException("an allowed method must be a token");
      }
    }
    Header allow = new Header("Allow", String.join(", ", methods));
    // Evidence holds immutable copies, so the list kept cannot change
    lastAllow = new AllowField(methods, allow);
    return allow;
  }

  /** Returns the {@code Retry-After} field; the last one written is kept, since most repeat. */
  private Header retryAfter(long seconds) {
    RetryAfterField last = lastRetryAfter;
    if (last != null && last.seconds() == seconds) {
      return last.header();
    }
    Header field = new Header("Retry-After", Long.toString(seconds));
    lastRetryAfter = new RetryAfterField(seconds, field);
    return field;
  }

  /** Returns the {@code Retry-After} seconds, or -1 when none is sent. */
  private static long retryAfterSeconds(HttpStatus status, Evidence evidence, @Nullable Quota quota) {
    if (status == HttpStatus.TOO_MANY_REQUESTS) {
      if (evidence.retryAfter() != null) {
        return RateLimitHeaders.untilRoom(evidence.retryAfter());
      }
      return quota != null ? Seconds.ceil(quota.window()) : 1;
    }
    if (status == HttpStatus.SERVICE_UNAVAILABLE && evidence.retryAfter() != null) {
      return Seconds.ceil(evidence.retryAfter());
    }
    return -1;
  }

  /**
   * Returns the usage row {@code rate-limited} compared for this request, or null. Successes are
   * only written in the response phase: the builder refuses admission rows that serve data.
   */
  private static @Nullable QuotaUsage usage(RuleContext context) {
    if (context instanceof Evaluation first) {
      return first.usage();
    }
    return context instanceof Evaluation.WithOutcome response ? response.admission().usage() : null;
  }

  /** Adds {@code Deprecation}, {@code Sunset} and one {@code Link} with every known relation. */
  private static void lifecycleHeaders(Evidence evidence, List<Header> headers) {
    if (evidence.deprecation() != null) {
      headers.add(new Header("Deprecation", "@" + evidence.deprecation().getEpochSecond()));
    }
    if (evidence.sunset() != null) {
      headers.add(new Header("Sunset", HttpDates.format(evidence.sunset())));
    }
    String successor = evidence.successorLink();
    String documentation = evidence.deprecationLink();
    if (successor != null || documentation != null) {
      StringBuilder link = new StringBuilder(96);
      if (successor != null) {
        link.append('<').append(linkTarget(successor)).append(">; rel=\"successor-version\"");
      }
      if (documentation != null) {
        if (link.length() > 0) {
          link.append(", ");
        }
        link.append('<').append(linkTarget(documentation)).append(">; rel=\"deprecation\"");
      }
      headers.add(new Header("Link", link.toString()));
    }
  }

  private Problem problem(RowDefinition row, HttpStatus status, Evidence evidence,
      RequestFacts facts, long retryAfter, RowText text) {
    String requestId = requestId(facts.requestId());
    String detail;
    if (status.isServerError()) {
      detail = ServerFaults.detail(status);
    } else if (evidence.detail().isEmpty()) {
      detail = row.title() + ".";
    } else {
      detail = evidence.detail();
    }
    // A server fault's evidence may come from a product team's row: none of it reaches the body,
    // so that no exception text can leak through a parameter error or a link. The retry delay
    // travels separately, as a number.
    Evidence shown = status.isServerError() ? Evidence.NONE : evidence;
    return new Problem(status, row, text.type(), detail,
        requestId, requestId == null ? null : instance(requestId), retryAfter, shown);
  }

  private static String render(ErrorFormat format, Problem problem, RowText text) {
    return switch (format) {
      case PROBLEM_JSON -> ProblemJson.render(problem, text.jsonHead(), text.jsonTail());
      case HTML -> ProblemHtml.render(problem);
      case PLAIN -> ProblemText.render(problem);
    };
  }

  /** Keeps a request id to 128 visible ASCII characters; anything else becomes {@code ?}. */
  private static @Nullable String requestId(@Nullable String requestId) {
    return requestId == null || requestId.isBlank() ? null : HeaderText.sanitize(requestId.strip(), 128);
  }

  /**
   * Makes the request id a URI reference for the problem {@code instance} member: characters
   * other than unreserved ones and {@code @ ! $ ' ( ) * + , ; =} are percent-encoded, {@code :}
   * included, so that the id is never read as a scheme.
   */
  static String instance(String requestId) {
    return uriEncode(requestId, "-._~!$'()*+,;=@");
  }

  /** Percent-encodes what may not appear between {@code <} and {@code >} in a {@code Link}. */
  static String linkTarget(String uri) {
    return uriEncode(uri, "-._~!$&'()*+,;=:@/?#[]%");
  }

  private static String uriEncode(String text, String allowed) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || allowed.indexOf(c) >= 0;
      if (plain) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      i = PercentEncoding.appendEscaped(out, text, i) - 1;
    }
    return out == null ? text : out.toString();
  }

  private static String challenge(Challenge challenge) {
    StringBuilder value = new StringBuilder("Bearer realm=");
    quoted(value, challenge.realm()).append(", scope=");
    quoted(value, challenge.scope());
    if (challenge.error() != null) {
      quoted(value.append(", error="), challenge.error());
    }
    return value.toString();
  }

  private static StringBuilder quoted(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"');
  }
}
