package dev.statuspolicy.demo;

import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The demo's answer to one request: what it told the policy, what the policy decided, and what
 * goes on the wire. Adapters copy {@link #status()}, {@link #headers()} and {@link #body()} onto
 * their framework's response, unless {@link Decision#sendsResponse()} is false.
 *
 * @param facts the facts given to the policy, with the host's verdicts
 * @param outcome the simulated backend's outcome, or null when the request was turned away
 * @param decision the policy's decision
 * @param document the backend's document (empty when there is none)
 */
public record Answer(RequestFacts facts, @Nullable Outcome outcome, Decision decision, byte[] document) {

  /** The media type of the simulated backend's documents. */
  public static final String DATA_TYPE = "application/json";

  /**
   * Returns the status code to send.
   *
   * @return the status code
   */
  public int status() {
    return decision.status().code();
  }

  /**
   * Returns the headers to send: the decision's, plus the data's {@code Content-Type} on success.
   *
   * @return the headers, in order
   */
  public List<Header> headers() {
    List<Header> headers = new ArrayList<>(decision.headers());
    if (decision.status().isSuccess()) {
      headers.add(new Header("Content-Type", DATA_TYPE));
    }
    return headers;
  }

  /**
   * Returns the body to send: the error document, the backend's document, or nothing (HEAD, 304).
   *
   * @return the body bytes, empty for no body
   */
  public byte[] body() {
    Body body = decision.body();
    if (body instanceof Body.ErrorDocument error) {
      return error.bytes();
    }
    return body instanceof Body.BackendData ? document.clone() : new byte[0];
  }

  /**
   * Returns one line for the access log: method, target, status and deciding row.
   *
   * @return the log line
   */
  public String logLine() {
    String target = facts.path() + (facts.query().isEmpty() ? "" : "?" + facts.query());
    return facts.method() + " " + target + " -> " + decision.status().code() + " " + decision.row()
        + (decision.sendsResponse() ? "" : " (logged only: nothing is sent)");
  }
}
