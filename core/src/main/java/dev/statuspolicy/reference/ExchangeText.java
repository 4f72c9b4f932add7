package dev.statuspolicy.reference;

import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import dev.statuspolicy.request.BlocklistStanding;
import dev.statuspolicy.request.Credentials;
import dev.statuspolicy.request.KnownHeader;
import dev.statuspolicy.request.QuotaUsage;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Writes requests, host verdicts, backend outcomes and decisions as the text a person reads: an
 * HTTP/1.1 request, a list of verdicts, and an HTTP/1.1 response with its status line, headers
 * and body.
 *
 * <p>Used by the generated reference and by command-line tools such as the demo's {@code explain}.
 * The text is for reading, not for sending: header values are those of the decision, and the host
 * adds its own (such as {@code Date} and {@code Content-Length}) on the wire.
 */
public final class ExchangeText {

  /** The text shown in place of a body that the host writes from the backend's data. */
  public static final String BACKEND_DATA = "(the backend's data, written by the host)";

  private ExchangeText() {}

  /**
   * Targets longer than this are shortened for reading: an over-long target (row {@code
   * target-too-long}) would otherwise fill pages.
   */
  static final int SHOWN_TARGET = 160;

  /**
   * Returns the request as HTTP/1.1 text: the request line, then the headers the policy reads, in
   * the order of {@link KnownHeader}, without a trailing line break. A target longer than 160
   * characters is shown by its first 160, followed by {@code ...} and its full length.
   *
   * @param facts the request
   * @return the request text
   * @throws NullPointerException if {@code facts} is null
   */
  public static String request(RequestFacts facts) {
    Objects.requireNonNull(facts, "facts");
    String target = facts.path() + (facts.query().isEmpty() ? "" : "?" + facts.query());
    if (target.length() > SHOWN_TARGET) {
      // never cut a character outside the BMP in two
      int cut = Character.isHighSurrogate(target.charAt(SHOWN_TARGET - 1)) ? SHOWN_TARGET - 1 : SHOWN_TARGET;
      target = target.substring(0, cut) + "... (" + target.length() + " characters)";
    }
    StringBuilder text = new StringBuilder()
        .append(facts.method()).append(' ').append(target)
        .append(" HTTP/1.1");
    for (KnownHeader header : KnownHeader.values()) {
      for (String value : facts.values(header)) {
        text.append('\n').append(header.fieldName()).append(": ").append(value);
      }
    }
    return text.toString();
  }

  /**
   * Returns the host's verdicts on the request that differ from the defaults (not blocked, no
   * credentials, no quota usage given, HTTPS), one sentence each; empty when all are defaults.
   *
   * @param facts the request
   * @return the verdicts, in a fixed order
   * @throws NullPointerException if {@code facts} is null
   */
  public static List<String> verdicts(RequestFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<String> verdicts = new ArrayList<>(4);
    if (facts.transport() == Transport.HTTP) {
      verdicts.add("the request came over plain HTTP");
    }
    if (facts.blocklist() == BlocklistStanding.BLOCKED) {
      verdicts.add("the client is on the blocklist");
    }
    Credentials credentials = facts.credentials();
    if (credentials instanceof Credentials.Invalid) {
      verdicts.add("the credentials are invalid");
    } else if (credentials instanceof Credentials.Valid valid) {
      verdicts.add(valid.scopes().isEmpty()
          ? "the credentials are valid, with no scope"
          : "the credentials are valid, with scope " + String.join(", ", new TreeSet<>(valid.scopes())));
    }
    QuotaUsage quota = facts.quota();
    if (quota != null) {
      verdicts.add("the host counted " + quota.requests()
          + (quota.requests() == 1 ? " request" : " requests")
          + (quota.claim().identified() ? " of the application" : " of clients that do not"
          + " identify themselves") + " in the current window of "
          + seconds(quota.claim().quota().window()) + " of quota \"" + quota.claim().quota().name()
          + "\", which resets in " + seconds(quota.resetIn()));
    }
    if (facts.quotaUnknown()) {
      verdicts.add("the host's quota store could not count the request");
    }
    if (facts.requestId() != null) {
      verdicts.add("the host's request id is " + facts.requestId());
    }
    return verdicts;
  }

  /**
   * Describes a backend outcome in a few words, with its validators when it has any.
   *
   * @param outcome the outcome
   * @return the description, such as {@code "timed out"}
   * @throws NullPointerException if {@code outcome} is null
   */
  public static String outcome(Outcome outcome) {
    Objects.requireNonNull(outcome, "outcome");
    if (outcome instanceof Outcome.Data data) {
      return "data" + validators(data.validators());
    } else if (outcome instanceof Outcome.EmptyDocument empty) {
      return "an empty document" + validators(empty.validators());
    } else if (outcome instanceof Outcome.NoData) {
      return "no data";
    } else if (outcome instanceof Outcome.BackendFailed) {
      return "the backend failed";
    } else if (outcome instanceof Outcome.TimedOut) {
      return "timed out";
    } else if (outcome instanceof Outcome.Unavailable unavailable) {
      return "the backend is unavailable" + retry(unavailable.retryAfter());
    } else if (outcome instanceof Outcome.UnexpectedFailure) {
      return "an unexpected failure";
    } else if (outcome instanceof Outcome.ClientClosed) {
      return "the client closed the connection";
    } else if (outcome instanceof Outcome.Custom custom) {
      return "'" + custom.kind() + "'" + retry(custom.retryAfter());
    }
    return outcome.toString();
  }

  /**
   * Returns the response as HTTP/1.1 text: the status line, the headers in the decision's order,
   * then a blank line and the body when there is one. A body of backend data is shown as
   * {@code backendData}; an empty body adds nothing. No trailing line break.
   *
   * @param decision the decision
   * @param backendData the text to show for the backend's data, such as {@link #BACKEND_DATA}
   * @return the response text
   * @throws NullPointerException if an argument is null
   */
  public static String response(Decision decision, String backendData) {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(backendData, "backendData");
    StringBuilder text = new StringBuilder(decision.statusLine());
    for (Header header : decision.headers()) {
      text.append('\n').append(header.name()).append(": ").append(header.value());
    }
    Body body = decision.body();
    if (body instanceof Body.ErrorDocument document) {
      text.append("\n\n").append(document.text().strip());
    } else if (body instanceof Body.BackendData) {
      text.append("\n\n").append(backendData);
    }
    return text.toString();
  }

  private static String validators(Validators validators) {
    List<String> parts = new ArrayList<>(3);
    if (validators.lastModified() != null) {
      parts.add("last modified " + validators.lastModified());
    }
    if (validators.expires() != null) {
      parts.add("expires " + validators.expires());
    }
    if (validators.etag() != null) {
      parts.add("entity tag " + validators.etag());
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String retry(@Nullable Duration retryAfter) {
    return retryAfter == null ? "" : ", retry after " + seconds(retryAfter);
  }

  private static String seconds(Duration duration) {
    if (duration.getNano() != 0) {
      return duration.toMillis() + " ms";
    }
    long seconds = duration.toSeconds();
    return seconds + (seconds == 1 ? " second" : " seconds");
  }
}
