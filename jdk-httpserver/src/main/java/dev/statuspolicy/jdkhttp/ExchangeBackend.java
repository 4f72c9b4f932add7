package dev.statuspolicy.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import dev.statuspolicy.Admission;
import dev.statuspolicy.host.Reply;

/**
 * A backend that also sees the exchange, for what the policy does not read: a header of the
 * host's own, the remote address, an attribute a filter set. Used by {@link
 * StatusPolicyHandler.Builder#backend(ExchangeBackend)}.
 *
 * <p>It must not write to the exchange: the response is the policy's. What it throws is treated
 * as {@link dev.statuspolicy.host.Backend} describes.
 */
@FunctionalInterface
public interface ExchangeBackend {

  /**
   * Fetches the data for an admitted request.
   *
   * @param request the admitted request
   * @param exchange the exchange it came on, to read from only
   * @return what the backend did, with the document when there is one
   * @throws Exception when the backend fails in a way it did not plan for
   */
  Reply fetch(Admission.Admitted request, HttpExchange exchange) throws Exception;
}
