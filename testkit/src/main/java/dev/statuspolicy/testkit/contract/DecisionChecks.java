package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.Admission;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Breach;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guarantees one decision keeps, checked for one exchange: totality, declared statuses,
 * mandatory headers, {@code X-ErrorClass}, the problem's status, escaping in each format, generic
 * server faults, HEAD parity, the 304 rules and determinism. The first broken one is thrown as a
 * {@link ContractViolation}.
 */
public final class DecisionChecks {

  /** The tags the policy's HTML page is made of; any other tag came from request text. */
  private static final Set<String> HTML_TAGS = Set.of(
      "!doctype", "html", "head", "meta", "title", "body", "h1", "h2", "p", "dl", "dt", "dd", "ul", "li", "code", "a");

  /** The attributes of those tags. */
  private static final Set<String> HTML_ATTRIBUTES = Set.of("charset", "name", "content", "href", "lang", "rel");

  /** The headers a server fault may carry: nothing that describes the fault. */
  private static final Set<String> SERVER_FAULT_HEADERS = Set.of(
      "retry-after", "cache-control", "x-errorclass", "content-type", "x-content-type-options",
      "content-security-policy", "vary", "access-control-allow-origin", "access-control-expose-headers");

  private static final Pattern TAG = Pattern.compile("<(/?)([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=");
  private static final Pattern DELTA_SECONDS = Pattern.compile("[0-9]{1,10}");
  private static final List<String> LEAKS = List.of("hunter2", "kit secret", "Exception", "at java.", "db-7");

  private final StatusPolicy policy;
  private final Map<RowId, RowDefinition> rows = new HashMap<>();

  /**
   * Prepares the checks of a policy.
   *
   * @param policy the policy under test
   */
  public DecisionChecks(StatusPolicy policy) {
    this.policy = policy;
    for (RowDefinition row : policy.table()) {
      rows.put(row.id(), row);
    }
  }

  /**
   * Decides an exchange and checks every guarantee of its decision.
   *
   * @param exchange the request and outcome
   * @return the decision
   * @throws ContractViolation for the first guarantee it breaks
   */
  public Decision check(Exchange exchange) {
    Decision decision = decideClean(exchange);
    declared(decision, exchange);
    errorClass(decision, exchange);
    mandatory(decision, exchange);
    determinism(decision, exchange);
    formats(decision, exchange);
    headParity(decision, exchange);
    notModified(decision, exchange);
    return decision;
  }

  /** Decides, failing the guarantee a row breached, if one did. */
  private Decision decideClean(Exchange exchange) {
    Decision decision = decide(exchange);
    Breach breach = decision.trace().breach();
    if (breach != null) {
      throw Violations.of(breach, decision, exchange);
    }
    return decision;
  }

  /** Decides, failing totality when anything throws. */
  Decision decide(Exchange exchange) {
    RequestFacts facts;
    try {
      facts = exchange.request().facts(policy);
    } catch (RuntimeException thrown) {
      throw new ContractViolation(Guarantee.TOTALITY, "none", exchange, "describing the request threw "
          + thrown.getClass().getName() + ": the policy's quotaFor must answer every request");
    }
    try {
      return policy.decide(facts, exchange.outcome());
    } catch (RuntimeException | Error thrown) {
      if (thrown instanceof VirtualMachineError && !(thrown instanceof StackOverflowError)) {
        throw thrown;
      }
      throw new ContractViolation(Guarantee.TOTALITY, "none", exchange, "decide threw "
          + thrown.getClass().getName() + ": no input may make the policy throw");
    }
  }

  private void declared(Decision decision, Exchange exchange) {
    RowDefinition row = rows.get(decision.row());
    if (row == null || !row.statuses().contains(decision.status())) {
      throw new ContractViolation(Guarantee.DECLARED_STATUSES, Violations.decidingRow(decision), exchange,
          "the decision is " + decision.status().code() + ", which the deciding row does not declare");
    }
  }

  private static void errorClass(Decision decision, Exchange exchange) {
    String errorClass = decision.header("X-ErrorClass");
    boolean error = decision.status().isError();
    if (error ? !decision.row().value().equals(errorClass) : errorClass != null) {
      throw new ContractViolation(Guarantee.ERROR_CLASS, Violations.decidingRow(decision), exchange, error
          ? "X-ErrorClass is " + errorClass + ", not the deciding row"
          : "a " + decision.status().code() + " carries X-ErrorClass " + errorClass);
    }
  }

  private void mandatory(Decision decision, Exchange exchange) {
    HttpStatus status = decision.status();
    Set<String> names = new HashSet<>();
    for (Header header : decision.headers()) {
      if (!names.add(header.name().toLowerCase(Locale.ROOT))) {
        missing(decision, exchange, "the header " + header.name() + " is sent twice");
      }
    }
    String retryAfter = decision.header("Retry-After");
    if (retryAfter != null && !DELTA_SECONDS.matcher(retryAfter).matches()) {
      missing(decision, exchange, "Retry-After is '" + retryAfter + "', not a number of seconds");
    }
    switch (status) {
      case METHOD_NOT_ALLOWED -> require(decision, exchange, "Allow");
      case UNAUTHORIZED -> {
        String challenge = require(decision, exchange, "WWW-Authenticate");
        if (!challenge.startsWith("Bearer realm=\"")) {
          missing(decision, exchange, "WWW-Authenticate is not a Bearer challenge with a realm");
        }
      }
      case TOO_MANY_REQUESTS -> {
        require(decision, exchange, "Retry-After");
        require(decision, exchange, "RateLimit-Policy");
        require(decision, exchange, "RateLimit");
      }
      case MOVED_PERMANENTLY -> require(decision, exchange, "Location");
      default -> { }
    }
    if (status == HttpStatus.TOO_MANY_REQUESTS || status.isServerError()) {
      if (!"no-store".equals(decision.header("Cache-Control"))) {
        missing(decision, exchange, "a " + status.code() + " must carry Cache-Control: no-store");
      }
    }
    if (status == HttpStatus.CLIENT_CLOSED_REQUEST) {
      if (decision.sendsResponse() || !(decision.body() instanceof Body.Empty)) {
        missing(decision, exchange, "a 499 is for the logs: nothing may be sent");
      }
      return;
    }
    if (status.isError()) {
      require(decision, exchange, "Content-Type");
      if (!"nosniff".equals(decision.header("X-Content-Type-Options"))) {
        missing(decision, exchange, "an error must carry X-Content-Type-Options: nosniff");
      }
      String vary = decision.header("Vary");
      if (vary == null || !vary.contains("Accept")) {
        missing(decision, exchange, "a negotiated error must carry Vary: Accept");
      }
    }
    if (!policy.config().allowedOrigins().isNone() && decision.header("Access-Control-Allow-Origin") == null) {
      missing(decision, exchange, "every response must carry Access-Control-Allow-Origin");
    }
  }

  private static String require(Decision decision, Exchange exchange, String name) {
    String value = decision.header(name);
    if (value == null) {
      missing(decision, exchange, "a " + decision.status().code() + " must carry " + name);
    }
    return value;
  }

  private static void missing(Decision decision, Exchange exchange, String hint) {
    throw new ContractViolation(Guarantee.MANDATORY_HEADERS, Violations.decidingRow(decision), exchange, hint);
  }

  /** Checks the error body in each format, and the problem's status in JSON. */
  private void formats(Decision decision, Exchange exchange) {
    HttpStatus status = decision.status();
    if (!status.isError() || status == HttpStatus.CLIENT_CLOSED_REQUEST) {
      return;
    }
    if (status.isServerError()) {
      for (Header header : decision.headers()) {
        if (!SERVER_FAULT_HEADERS.contains(header.name().toLowerCase(Locale.ROOT))) {
          throw new ContractViolation(Guarantee.GENERIC_SERVER_FAULTS, Violations.decidingRow(decision), exchange,
              "a " + status.code() + " carries " + header.name() + ", which could describe the fault");
        }
      }
    }
    if (exchange.request().method().equals("HEAD")) {
      return;
    }
    for (ErrorFormat format : ErrorFormat.values()) {
      Request asked = exchange.request().without("Accept").plus("Accept", mediaType(format));
      Decision formatted = decideClean(exchange.with(asked));
      if (!(formatted.body() instanceof Body.ErrorDocument document)) {
        continue;
      }
      String text = document.text();
      String broken = switch (document.format()) {
        case PROBLEM_JSON -> json(text, formatted, exchange.with(asked));
        case HTML -> html(text);
        case PLAIN -> plain(text);
      };
      if (broken != null) {
        throw new ContractViolation(Guarantee.ESCAPING, Violations.decidingRow(formatted), exchange.with(asked),
            "the " + document.format().contentType() + " body " + broken);
      }
      if (status.isServerError()) {
        for (String leak : LEAKS) {
          if (text.contains(leak)) {
            throw new ContractViolation(Guarantee.GENERIC_SERVER_FAULTS, Violations.decidingRow(formatted),
                exchange.with(asked), "the " + document.format().contentType() + " body of a " + status.code()
                    + " shows '" + leak + "': a server fault's body must be generic");
          }
        }
      }
    }
  }

  private static String mediaType(ErrorFormat format) {
    return switch (format) {
      case PROBLEM_JSON -> "application/problem+json";
      case HTML -> "text/html";
      case PLAIN -> "text/plain";
    };
  }

  private static String json(String text, Decision decision, Exchange exchange) {
    long status;
    try {
      status = JsonText.status(text);
    } catch (IllegalArgumentException broken) {
      return "is not well-formed JSON (" + broken.getMessage() + ")";
    }
    if (status != decision.status().code()) {
      throw new ContractViolation(Guarantee.PROBLEM_STATUS, Violations.decidingRow(decision), exchange,
          "the problem's status is " + status + " on a " + decision.status().code() + " response");
    }
    return null;
  }

  private static String html(String text) {
    Matcher tag = TAG.matcher(text);
    while (tag.find()) {
      String name = tag.group(2).toLowerCase(Locale.ROOT);
      if (!HTML_TAGS.contains(name)) {
        return "holds the tag <" + name + ">, which came from request text";
      }
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        if (!HTML_ATTRIBUTES.contains(attribute.group(1).toLowerCase(Locale.ROOT))) {
          return "holds the attribute " + attribute.group(1) + " on <" + name + ">, which came from request text";
        }
      }
    }
    return controls(text, "\n\t");
  }

  private static String plain(String text) {
    return controls(text, "\n\t");
  }

  private static String controls(String text, String allowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 || c == 0x7f) && allowed.indexOf(c) < 0) {
        return String.format("holds the control character U+%04X", (int) c);
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (!paired) {
          return String.format("holds a lone surrogate U+%04X", (int) c);
        }
        i++;
      }
    }
    return null;
  }

  private void headParity(Decision decision, Exchange exchange) {
    String method = exchange.request().method();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return;
    }
    boolean head = method.equals("HEAD");
    Exchange other = exchange.with(exchange.request().withMethod(head ? "GET" : "HEAD"));
    Decision get = head ? decideClean(other) : decision;
    Decision headDecision = head ? decision : decideClean(other);
    Exchange shown = head ? exchange : other;
    if (get.status() != headDecision.status() || !get.headers().equals(headDecision.headers())) {
      throw new ContractViolation(Guarantee.HEAD_PARITY, Violations.decidingRow(headDecision), shown,
          "HEAD got " + headDecision.status().code() + " " + headDecision.headers() + " where GET got "
              + get.status().code() + " " + get.headers() + "; a row must not look at whether the method is GET or HEAD");
    }
    if (!(headDecision.body() instanceof Body.Empty)) {
      throw new ContractViolation(Guarantee.HEAD_PARITY, Violations.decidingRow(headDecision), shown,
          "the answer to HEAD has a body");
    }
  }

  private void notModified(Decision decision, Exchange exchange) {
    if (decision.status() != HttpStatus.NOT_MODIFIED) {
      return;
    }
    Request request = exchange.request();
    String why = null;
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      why = "a 304 answers only GET or HEAD";
    } else if (!(decision.body() instanceof Body.Empty) || decision.header("Content-Type") != null) {
      why = "a 304 has no body and no Content-Type";
    } else if (!(exchange.outcome() instanceof Outcome.Data) && !(exchange.outcome() instanceof Outcome.EmptyDocument)) {
      why = "a 304 answers only a document the backend has";
    } else if (!matched(request)) {
      why = "no validator of the request matched the document's";
    } else {
      Request unconditional = request.without("If-None-Match").without("If-Modified-Since");
      Decision full = decideClean(exchange.with(unconditional));
      for (String name : List.of("ETag", "Last-Modified", "Expires", "Cache-Control", "Vary", "Deprecation", "Sunset")) {
        String sent = full.header(name);
        if (sent != null && !sent.equals(decision.header(name))) {
          why = "the 304 carries " + name + ": " + decision.header(name) + " where the " + full.status().code()
              + " carries " + sent;
          break;
        }
      }
    }
    if (why != null) {
      throw new ContractViolation(Guarantee.NOT_MODIFIED, Violations.decidingRow(decision), exchange, why
          + ": leave 304 to row not-modified, which compares the validators");
    }
  }

  private static boolean matched(Request request) {
    for (Request.Field field : request.headers()) {
      String name = field.name();
      if (name.equalsIgnoreCase("If-None-Match")) {
        return field.value().contains(CatalogSpace.ETAG) || field.value().strip().equals("*");
      }
    }
    for (Request.Field field : request.headers()) {
      if (field.name().equalsIgnoreCase("If-Modified-Since")) {
        return true;
      }
    }
    return false;
  }

  private void determinism(Decision decision, Exchange exchange) {
    Decision again = decide(exchange);
    String how = null;
    if (!again.equals(decision)) {
      how = "a second decide gave " + again.status().code() + " from " + again.row();
    } else {
      RequestFacts facts = exchange.request().facts(policy);
      Admission admission = policy.admit(facts);
      Decision phased = policy.respond(admission, exchange.outcome());
      if (!phased.equals(decision)) {
        how = "admit then respond gave " + phased.status().code() + " from " + phased.row();
      }
    }
    if (how != null) {
      throw new ContractViolation(Guarantee.DETERMINISM, Violations.decidingRow(decision), exchange,
          how + ": a row must depend only on the request, the outcome, the configuration and the clock");
    }
  }
}
