package dev.statuspolicy.table;

import dev.statuspolicy.PolicyConfig;
import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.Identification;
import dev.statuspolicy.request.Parameters;
import dev.statuspolicy.request.RequestFacts;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a row may look at. Derived facts (the catalog lookup, the identification, the parsed
 * parameters) are computed once per request, on first use, and shared by every row.
 */
public interface RuleContext {

  /** {@return the request facts, as the host gave them} */
  RequestFacts facts();

  /** {@return the policy's configuration} */
  PolicyConfig config();

  /** {@return the current instant, from the policy's clock; the same for every row of a request} */
  Instant now();

  /** {@return what the request path names in the catalog} */
  Lookup lookup();

  /** {@return the resolved endpoint, or null when the path names none} */
  @Nullable Target target();

  /** {@return how the client identified itself} */
  Identification identification();

  /** {@return the query parameters read against the endpoint; none when there is no endpoint} */
  Parameters parameters();

  /** {@return the backend's outcome in the response phase; null in the admission phase} */
  @Nullable Outcome outcome();
}
