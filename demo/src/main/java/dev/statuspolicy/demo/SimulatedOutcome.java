package dev.statuspolicy.demo;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the demo's simulated backend does, chosen per request with the {@code X-Demo-Outcome}
 * header (or {@code explain --outcome}). A demo device, not a feature of the library: a real host
 * gets its outcome from its real backend.
 */
enum SimulatedOutcome {
  /** Data, with stable validators. The default. */
  DATA("data"),
  /** An empty document (a 200 where empty is meaningful, else no data). */
  EMPTY("empty"),
  /** Nothing to offer. */
  NO_DATA("no-data"),
  /** The data could not be fetched. */
  FAILED("failed"),
  /** The backend took too long. */
  TIMEOUT("timeout"),
  /** The backend is down, back in two minutes. */
  UNAVAILABLE("unavailable"),
  /** An unexpected failure in the handler. */
  ERROR("error"),
  /** The client hung up: the server logs 499 and sends nothing. */
  CLOSED("closed"),
  /** The Nowcast team's outcome: the radar site is down, back in ten minutes. */
  RADAR_DOWN("radar-site-down"),
  /** The Nowcast team's outcome: data, with part of the radar coverage missing. */
  RADAR_DEGRADED("radar-degraded");

  /** The request header that picks the outcome. */
  static final String HEADER = "X-Demo-Outcome";

  private final String label;

  SimulatedOutcome(String label) {
    this.label = label;
  }

  /** The name used in the header and on the command line. */
  String label() {
    return label;
  }

  /** The outcome a label names, ignoring case; {@link #DATA} when absent; null when unknown. */
  static @Nullable SimulatedOutcome byLabel(@Nullable String label) {
    if (label == null || label.isBlank()) {
      return DATA;
    }
    String wanted = label.strip().toLowerCase(Locale.ROOT);
    for (SimulatedOutcome outcome : values()) {
      if (outcome.label.equals(wanted)) {
        return outcome;
      }
    }
    return null;
  }

  /** Every label, separated by '|', for usage messages. */
  static String labels() {
    StringBuilder text = new StringBuilder();
    for (SimulatedOutcome outcome : values()) {
      text.append(text.length() == 0 ? "" : "|").append(outcome.label);
    }
    return text.toString();
  }
}
