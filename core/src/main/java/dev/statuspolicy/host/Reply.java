package dev.statuspolicy.host;

import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.outcome.Validators;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Backend} did: the {@link Outcome} the policy decides from, and the document to
 * send when the policy serves data (200 and 203; a 304 and a HEAD send none of it).
 *
 * <p>An outcome the policy serves as data without a document is answered 500 for GET, because
 * there is nothing to send; HEAD then goes without {@code Content-Type} and {@code
 * Content-Length}.
 *
 * @param outcome what the backend did
 * @param content the document, or null when there is none
 */
public record Reply(Outcome outcome, @Nullable Content content) {

  /**
   * @param outcome what the backend did; not null
   * @param content the document, or null when there is none
   * @throws NullPointerException if {@code outcome} is null
   */
  public Reply {
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns a reply with data and its validators.
   *
   * @param validators the document's caching metadata
   * @param content the document
   * @return the reply
   * @throws NullPointerException if an argument is null
   */
  public static Reply data(Validators validators, Content content) {
    return new Reply(Outcome.data(validators), Objects.requireNonNull(content, "content"));
  }

  /**
   * Returns a reply with data and no validators.
   *
   * @param content the document
   * @return the reply
   * @throws NullPointerException if {@code content} is null
   */
  public static Reply data(Content content) {
    return data(Validators.none(), content);
  }

  /**
   * Returns a reply with a document without real content (a 404 for most products, data for
   * those where empty is meaningful).
   *
   * @param validators the document's caching metadata
   * @param content the empty document, sent where the product serves it
   * @return the reply
   * @throws NullPointerException if an argument is null
   */
  public static Reply emptyDocument(Validators validators, Content content) {
    return new Reply(new Outcome.EmptyDocument(validators), Objects.requireNonNull(content, "content"));
  }

  /**
   * Returns a reply without a document: no data, a failure, a timeout, an outage, a client that
   * hung up, or a custom outcome.
   *
   * @param outcome what the backend did
   * @return the reply
   * @throws NullPointerException if {@code outcome} is null
   */
  public static Reply of(Outcome outcome) {
    return new Reply(outcome, null);
  }
}
