package dev.statuspolicy.internal.rows;

import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.internal.PercentEncoding;
import dev.statuspolicy.request.RequestFacts;
import dev.statuspolicy.request.Transport;
import dev.statuspolicy.table.Evidence;
import dev.statuspolicy.table.Finding;
import dev.statuspolicy.table.RuleContext;

/**
 * Row 1, {@code https-required}: plain HTTP, when the policy requires HTTPS, gets 301 to the same
 * path and query on the configured host. Path and query are percent-encoded where they hold
 * anything but visible ASCII, by code point as UTF-8 (a lone surrogate as U+FFFD), and a query too
 * long to repeat is dropped.
 */
public final class HttpsRequired implements RowLogic {

  private static final int MAX_LOCATION = 4096;

  @Override
  public Finding evaluate(RuleContext context) {
    String host = context.config().httpsHost();
    if (host == null) {
      return Finding.notApplicable();
    }
    RequestFacts facts = context.facts();
    if (facts.transport() != Transport.HTTP) {
      return Finding.passed();
    }
    StringBuilder location = new StringBuilder("https://").append(host);
    String path = facts.path().startsWith("/") ? facts.path() : "/" + facts.path();
    encode(location, path);
    if (!facts.query().isEmpty()) {
      int before = location.length();
      encode(location.append('?'), facts.query());
      if (location.length() > MAX_LOCATION) {
        location.setLength(before);
      }
    }
    if (location.length() > MAX_LOCATION) {
      location.setLength(0);
      location.append("https://").append(host).append('/');
    }
    return Finding.fired(HttpStatus.MOVED_PERMANENTLY, Evidence.builder()
        .detail("This API is served over HTTPS only.")
        .location(location.toString())
        .build());
  }

  /** Appends the text, percent-encoding by code point everything but visible, URI-safe ASCII. */
  private static void encode(StringBuilder out, String text) {
    int i = 0;
    while (i < text.length() && out.length() <= MAX_LOCATION) {
      char c = text.charAt(i);
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        out.append(c);
        i++;
      } else {
        i = PercentEncoding.appendEscaped(out, text, i);
      }
    }
  }
}
