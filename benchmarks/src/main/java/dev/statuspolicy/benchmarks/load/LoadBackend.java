package dev.statuspolicy.benchmarks.load;

import dev.statuspolicy.benchmarks.Fixtures;
import dev.statuspolicy.host.Content;
import dev.statuspolicy.host.Reply;
import dev.statuspolicy.outcome.Outcome;
import java.nio.charset.StandardCharsets;

/**
 * The backend behind every policy server: a fixed forecast document of 374 bytes with the
 * validators of {@link Fixtures#DATA}, as a cache in front of the real source would answer.
 */
final class LoadBackend {

  /** The document, as the backend's bytes. */
  static final byte[] DOCUMENT = ("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
      + "\"coordinates\":[10.7166,59.9333,90]},\"properties\":{\"meta\":{\"updated_at\":"
      + "\"2026-11-25T11:55:00Z\",\"units\":{\"precipitation_rate\":\"mm/h\"}},\"timeseries\":["
      + "{\"time\":\"2026-11-25T12:00:00Z\",\"data\":{\"instant\":{\"details\":"
      + "{\"precipitation_rate\":0.4}}}},{\"time\":\"2026-11-25T12:05:00Z\",\"data\":{\"instant\":"
      + "{\"details\":{\"precipitation_rate\":0.6}}}}]}}").getBytes(StandardCharsets.UTF_8);

  /** The reply: the document, with the validators of {@link Fixtures#DATA}. */
  static final Reply REPLY = Reply.data(((Outcome.Data) Fixtures.DATA).validators(),
      Content.of("application/json", DOCUMENT));

  private LoadBackend() {}
}
