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
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.Challenge;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RuleContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a fired row into a complete decision. The mandatory headers are written here, from the
 * status and the evidence, the same way for every row, so no row can leave one out.
 */
final class DecisionWriter {

  private static final String GENERIC_SERVER_DETAIL =
      "The request could not be completed because of a fault on the server side, not in the"
          + " request.";

  private final PolicyConfig config;
  private final SuccessHeaders successHeaders = new SuccessHeaders();

  DecisionWriter(PolicyConfig config) {
    this.config = config;
  }

  Decision write(RowDefinition row, HttpStatus status, Evidence evidence, RuleContext context,
      List<Trace.Entry> trace) {
    RequestFacts facts = context.facts();
    boolean head = facts.method().equals("HEAD");
    // A plain 200 or 304 repeats the headers of the last one with equal validators: see SuccessHeaders.
    List<Header> repeated = successHeaders.find(status, evidence, context.outcome());
    if (repeated != null) {
      return new Decision(status, repeated, status.isSuccess() && !head ? Body.BACKEND_DATA : Body.EMPTY,
          row.id(), new Trace(trace));
    }
    List<Header> headers = new ArrayList<>(8);
    if (status == HttpStatus.MOVED_PERMANENTLY && evidence.location() != null) {
      headers.add(new Header("Location", evidence.location()));
    }
    if (status == HttpStatus.METHOD_NOT_ALLOWED) {
      List<String> methods = evidence.allowedMethods().isEmpty()
          ? List.of("GET", "HEAD") : evidence.allowedMethods();
      headers.add(new Header("Allow", String.join(", ", methods)));
    }
    Challenge challenge = evidence.challenge();
    if (challenge != null && (status == HttpStatus.UNAUTHORIZED || status == HttpStatus.FORBIDDEN)) {
      headers.add(new Header("WWW-Authenticate", challenge(challenge)));
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE) {
      if (evidence.retryAfter() != null) {
        headers.add(new Header("Retry-After", Long.toString(Seconds.ceil(evidence.retryAfter()))));
      }
    }
    Quota quota = evidence.quota();
    if (status == HttpStatus.TOO_MANY_REQUESTS && quota != null) {
      headers.add(new Header("RateLimit-Policy",
          "\"" + quota.name() + "\";q=" + quota.requests() + ";w=" + quota.window().getSeconds()));
      long reset = evidence.retryAfter() == null ? 1 : Seconds.ceil(evidence.retryAfter());
      headers.add(new Header("RateLimit", "\"" + quota.name() + "\";r=0;t=" + reset));
    }
    if (evidence.deprecation() != null) {
      headers.add(new Header("Deprecation", "@" + evidence.deprecation().getEpochSecond()));
    }
    if (evidence.sunset() != null) {
      headers.add(new Header("Sunset", HttpDates.format(evidence.sunset())));
    }
    if (evidence.successorLink() != null) {
      headers.add(new Header("Link", "<" + evidence.successorLink() + ">; rel=\"successor-version\""));
    }
    Validators validators = validators(context.outcome());
    if (validators != null && (status.isSuccess() || status == HttpStatus.NOT_MODIFIED)) {
      if (validators.etag() != null) {
        headers.add(new Header("ETag", validators.etag()));
      }
      if (validators.lastModified() != null
          && (status != HttpStatus.NOT_MODIFIED || validators.etag() == null)) {
        headers.add(new Header("Last-Modified", HttpDates.format(validators.lastModified())));
      }
      if (validators.expires() != null) {
        headers.add(new Header("Expires", HttpDates.format(validators.expires())));
      }
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS || status.isServerError()) {
      headers.add(new Header("Cache-Control", "no-store"));
    }
    Body body;
    if (status.isError()) {
      headers.add(new Header("X-ErrorClass", row.id().value()));
    }
    if (status.isError() && status != HttpStatus.CLIENT_CLOSED_REQUEST) {
      ErrorFormat format = AcceptNegotiation.choose(facts.values(KnownHeader.ACCEPT), config.defaultErrorFormat());
      headers.add(new Header("Content-Type", format.contentType()));
      headers.add(new Header("X-Content-Type-Options", "nosniff"));
      headers.add(new Header("Vary", "Accept"));
      body = head ? Body.EMPTY : new Body.ErrorDocument(format, render(format, problem(row, status, evidence, facts)));
    } else if (status.isSuccess()) {
      body = head ? Body.EMPTY : Body.BACKEND_DATA;
    } else {
      body = Body.EMPTY;
    }
    Decision decision = new Decision(status, headers, body, row.id(), new Trace(trace));
    successHeaders.remember(status, evidence, context.outcome(), decision.headers());
    return decision;
  }

  private Problem problem(RowDefinition row, HttpStatus status, Evidence evidence, RequestFacts facts) {
    String detail = status.isServerError() || evidence.detail().isEmpty()
        ? (status.isServerError() ? GENERIC_SERVER_DETAIL : row.title() + ".")
        : evidence.detail();
    return new Problem(status, row, config.problemTypeBase() + row.id().value(), detail,
        instance(facts.requestId()), evidence);
  }

  private static String render(ErrorFormat format, Problem problem) {
    return switch (format) {
      case PROBLEM_JSON -> ProblemJson.render(problem);
      case HTML -> ProblemHtml.render(problem);
      case PLAIN -> ProblemText.render(problem);
    };
  }

  /** Keeps a request id to 128 visible ASCII characters; anything else becomes {@code ?}. */
  private static @Nullable String instance(@Nullable String requestId) {
    return requestId == null || requestId.isEmpty() ? null : HeaderText.sanitize(requestId, 128);
  }

  private static @Nullable Validators validators(@Nullable Outcome outcome) {
    if (outcome instanceof Outcome.Data data) {
      return data.validators();
    }
    if (outcome instanceof Outcome.EmptyDocument empty) {
      return empty.validators();
    }
    return null;
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
