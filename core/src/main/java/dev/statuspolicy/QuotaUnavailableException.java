package dev.statuspolicy;

import java.io.Serial;

/**
 * Thrown by a {@link QuotaCounter} whose store could not count a request: the store is down,
 * unreachable, or slower than the counter's timeout. It is the one failure a counter may report
 * on purpose. The policy then applies its {@link QuotaOutage}: it admits the request with the
 * quota unknown (fail-open), or answers 503 with {@code Retry-After} from row {@code
 * quota-unknown} (fail-closed). Any other exception from a counter is a fault of the counter and
 * is answered 500 {@code internal-error}.
 *
 * <p>The message is for the host's logs only: no response ever shows it. A non-blocking host
 * that counts before admission reports the same state with {@link
 * dev.statuspolicy.request.RequestFacts.Builder#quotaUnknown()}.
 */
public class QuotaUnavailableException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Reports a store that did not count.
   *
   * @param message what went wrong, for the logs
   */
  public QuotaUnavailableException(String message) {
    super(message);
  }

  /**
   * Reports a store that did not count, with the store client's own exception.
   *
   * @param message what went wrong, for the logs
   * @param cause the store client's exception
   */
  public QuotaUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
